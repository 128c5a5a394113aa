package dev.retort.vibes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;

/**
 * OpaqueSession is one OPAQUE login to a secret tag; the server's key-exchange state lives here between KE2
 * and KE3 (table {@code opaque_sessions}; see {@code domain-models/SCHEMA.md}).
 */
@Entity
@Table(name = "opaque_sessions")
public class OpaqueSession {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "secret_tag_id", nullable = false)
    private SecretTag secretTag;

    @Column(name = "session_token_hash", nullable = false)
    private byte[] sessionTokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @Column(name = "state", nullable = false, columnDefinition = "opaque_session_state")
    private OpaqueSessionState state = OpaqueSessionState.INITIATED;

    @Column(name = "server_state")
    private byte[] serverState;

    @JdbcTypeCode(SqlTypes.INET)
    @Column(name = "client_ip")
    private InetAddress clientIp;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "established_at")
    private Instant establishedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public UUID getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public SecretTag getSecretTag() {
        return secretTag;
    }

    public void setSecretTag(SecretTag secretTag) {
        this.secretTag = secretTag;
    }

    public byte[] getSessionTokenHash() {
        return sessionTokenHash;
    }

    public void setSessionTokenHash(byte[] sessionTokenHash) {
        this.sessionTokenHash = sessionTokenHash;
    }

    public OpaqueSessionState getState() {
        return state;
    }

    public void setState(OpaqueSessionState state) {
        this.state = state;
    }

    public byte[] getServerState() {
        return serverState;
    }

    public void setServerState(byte[] serverState) {
        this.serverState = serverState;
    }

    public InetAddress getClientIp() {
        return clientIp;
    }

    public void setClientIp(InetAddress clientIp) {
        this.clientIp = clientIp;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Instant getEstablishedAt() {
        return establishedAt;
    }

    public void setEstablishedAt(Instant establishedAt) {
        this.establishedAt = establishedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public void setLastActivityAt(Instant lastActivityAt) {
        this.lastActivityAt = lastActivityAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(Instant revokedAt) {
        this.revokedAt = revokedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
