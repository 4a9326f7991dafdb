package com.guanxi.graph;

import io.quarkus.neo4j.runtime.Neo4jConfiguration;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The Bolt driver every repository uses, configured from the same {@code quarkus.neo4j.*} settings as the
 * extension's own, with one difference: the driver's default logging formats every outgoing message — the whole
 * parameter list of a 5,000-row write included — into a debug line before finding debug switched off, which cost
 * the import about a tenth of its CPU. This driver's debug and trace logging does nothing; warnings and errors go to
 * the service log as before.
 */
@ApplicationScoped
class BoltDriver {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Driver driver() {
        Neo4jConfiguration neo4j = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(Neo4jConfiguration.class);
        Config.ConfigBuilder config = Config.builder().withLogging(new QuietLogging());
        String scheme = URI.create(neo4j.uri()).getScheme();
        boolean schemeSaysEncryption = scheme != null && (scheme.endsWith("+s") || scheme.endsWith("+ssc"));
        if (!schemeSaysEncryption) {
            if (neo4j.encrypted()) {
                config.withEncryption().withTrustStrategy(neo4j.trustSettings().toInternalRepresentation());
            } else {
                config.withoutEncryption();
            }
        }
        var pool = neo4j.pool();
        if (pool.logLeakedSessions()) config.withLeakedSessionsLogging();
        config.withMaxConnectionPoolSize(pool.maxConnectionPoolSize())
                .withConnectionLivenessCheckTimeout(pool.idleTimeBeforeConnectionTest().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionLifetime(pool.maxConnectionLifetime().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(pool.connectionAcquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(neo4j.maxTransactionRetryTime().toMillis(), TimeUnit.MILLISECONDS);
        return GraphDatabase.driver(neo4j.uri(), authToken(neo4j.authentication()), config.build());
    }

    void close(@Disposes Driver driver) {
        driver.close();
    }

    private static AuthToken authToken(Neo4jConfiguration.Authentication auth) {
        if (auth.disabled()) return AuthTokens.none();
        return auth.value().map(value -> {
            int slash = value.indexOf('/');
            return slash < 0 ? AuthTokens.basic(value, "") : AuthTokens.basic(value.substring(0, slash), value.substring(slash + 1));
        }).orElseGet(() -> AuthTokens.basic(auth.username(), auth.password()));
    }

    /** Warnings and errors to JBoss logging; debug and trace cost nothing. */
    static final class QuietLogging implements Logging {
        @Override
        public Logger getLog(String name) {
            var log = org.jboss.logging.Logger.getLogger(name);
            return new Logger() {
                @Override public void error(String message, Throwable cause) { log.error(message, cause); }
                @Override public void info(String format, Object... params) { if (log.isInfoEnabled()) log.info(String.format(format, params)); }
                @Override public void warn(String format, Object... params) { log.warn(String.format(format, params)); }
                @Override public void warn(String message, Throwable cause) { log.warn(message, cause); }
                @Override public void debug(String format, Object... params) { }
                @Override public void debug(String message, Throwable throwable) { }
                @Override public void trace(String format, Object... params) { }
                @Override public boolean isTraceEnabled() { return false; }
                @Override public boolean isDebugEnabled() { return false; }
            };
        }
    }
}
