package dev.retort.vibes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;

/**
 * JournalEntryTag links one journal entry to one tag (table {@code journal_entry_tags}); it is an entity
 * rather than a plain join table because the link records when it was made. Create links through
 * {@link JournalEntry#addTag(Tag)}.
 *
 * <pre>{@code
 * session.createSelectionQuery(
 *         "select l.entry from JournalEntryTag l where l.tag = :tag order by l.createdAt desc",
 * JournalEntry.class)
 *     .setParameter("tag", gratitude).getResultList();
 * }</pre>
 */
@Entity
@Table(name = "journal_entry_tags")
public class JournalEntryTag {

    @EmbeddedId
    private JournalEntryTagId id = new JournalEntryTagId();

    @MapsId("entryId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private JournalEntry entry;

    @MapsId("tagId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id", nullable = false)
    private Tag tag;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JournalEntryTag() {
        // for Hibernate
    }

    JournalEntryTag(JournalEntry entry, Tag tag) {
        this.entry = entry;
        this.tag = tag;
    }

    public JournalEntryTagId getId() {
        return id;
    }

    public JournalEntry getEntry() {
        return entry;
    }

    public Tag getTag() {
        return tag;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
