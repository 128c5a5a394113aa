package dev.retort.postgres;

/**
 * ContainerServer starts a PostgreSQL in Docker through Testcontainers, only when asked for with
 * {@code -Dretort.test.db=testcontainers}. Testcontainers is an optional dependency: it is loaded reflectively
 * so that nothing needs it on the classpath otherwise.
 */
final class ContainerServer {

    private ContainerServer() {
    }

    static PostgresServer start() {
        try {
            Class<?> factory = Class.forName("org.testcontainers.DockerClientFactory");
            Object instance = factory.getMethod("instance").invoke(null);
            boolean docker = (Boolean) factory.getMethod("isDockerAvailable").invoke(instance);
            if (!docker) {
                throw new IllegalStateException("-Dretort.test.db=testcontainers needs a running Docker engine and none"
                        + " answers here; drop the flag to use the embedded PostgreSQL, or set RETORT_TEST_DATABASE_URL");
            }
            Class<?> container = Class.forName("org.testcontainers.postgresql.PostgreSQLContainer");
            Object pg = container.getConstructor(String.class).newInstance("postgres:17-alpine");
            container.getMethod("start").invoke(pg);
            String jdbc = (String) container.getMethod("getJdbcUrl").invoke(pg);
            String user = (String) container.getMethod("getUsername").invoke(pg);
            String password = (String) container.getMethod("getPassword").invoke(pg);
            DatabaseUrl url = DatabaseUrl.parse(jdbc);
            return PostgresServer.at(new DatabaseUrl(url.host(), url.port(), url.database(), user, password, url.query()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("-Dretort.test.db=testcontainers needs org.testcontainers:testcontainers-postgresql"
                    + " on the test classpath", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not start a PostgreSQL container: " + e.getMessage(), e);
        }
    }
}
