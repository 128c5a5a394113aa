package dev.retort.postgres;

import java.util.Locale;
import java.util.Set;

/**
 * ConnectionParameters are the names a database URL may carry as {@code ?name=value}: libpq's keywords and the
 * PostgreSQL JDBC driver's properties. Anything else is refused, because an unknown name is most often the tail of
 * a password that held an unencoded {@code &}; and the secret ones are never printed.
 *
 * <pre>{@code
 * ConnectionParameters.isKnown("sslmode");       // true
 * ConnectionParameters.isSecret("sslpassword");  // true
 * }</pre>
 */
public final class ConnectionParameters {

    private static final Set<String> KNOWN = lower(Set.of(
            // libpq
            "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth", "channel_binding",
            "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
            "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
            "replication", "gssencmode", "sslmode", "requiressl", "sslnegotiation", "sslcompression", "sslcert",
            "sslkey", "sslpassword", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
            "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation",
            "service", "target_session_attrs", "load_balance_hosts",
            // PostgreSQL JDBC driver
            "ssl", "sslfactory", "sslfactoryarg", "sslhostnameverifier", "sslpasswordcallback", "sslResponseTimeout",
            "protocolVersion", "loggerLevel", "loggerFile", "prepareThreshold", "preparedStatementCacheQueries",
            "preparedStatementCacheSizeMiB", "defaultRowFetchSize", "loginTimeout", "connectTimeout", "socketTimeout",
            "cancelSignalTimeout", "tcpKeepAlive", "tcpNoDelay", "unknownLength", "stringtype", "ApplicationName",
            "kerberosServerName", "jaasApplicationName", "jaasLogin", "gssEncMode", "sspiServiceClass", "useSpnego",
            "sendBufferSize", "receiveBufferSize", "readOnly", "readOnlyMode", "disableColumnSanitiser",
            "assumeMinServerVersion", "currentSchema", "targetServerType", "loadBalanceHosts", "hostRecheckSeconds",
            "preferQueryMode", "autosave", "cleanupSavepoints", "binaryTransfer", "binaryTransferEnable",
            "binaryTransferDisable", "reWriteBatchedInserts", "escapeSyntaxCallMode", "maxResultBuffer",
            "adaptiveFetch", "adaptiveFetchMaximum", "adaptiveFetchMinimum", "logUnclosedConnections",
            "xmlFactoryFactory", "quoteReturningIdentifiers", "authenticationPluginClassName",
            "groupStartupParameters", "gssResponseTimeout", "channelBinding", "sslNegotiation", "allowEncodingChanges",
            "logServerErrorDetail", "hideUnprivilegedObjects", "localSocketAddress", "socketFactory",
            "socketFactoryArg", "databaseMetadataCacheFields", "databaseMetadataCacheFieldsMiB"));

    private static final Set<String> SECRET = lower(Set.of("password", "sslpassword",
            "sslfactoryarg", "socketFactoryArg"));

    private ConnectionParameters() {
    }

    /** Whether a URL may carry this parameter (case-insensitive). */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the value is a secret: never printed, passed as a connection property. */
    public static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return SECRET.contains(n) || n.contains("password") || n.contains("secret") || n.contains("token");
    }

    private static Set<String> lower(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
