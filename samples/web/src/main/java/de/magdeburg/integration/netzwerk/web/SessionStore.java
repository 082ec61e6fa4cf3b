package de.magdeburg.integration.netzwerk.web;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC) written so that concurrent requests of one
 * session cannot collide: two requests that load the session before either saved it both add the
 * same attribute (a flash message, a saved login), and Spring Session's plain {@code INSERT} makes
 * the second one fail with a duplicate key and answer 500 (issue 23: a double click, six parallel
 * uploads, two instances). An attribute is therefore written as an upsert — the later value wins,
 * as it would in one JVM.
 */
@Configuration
class SessionStore {
    /** H2's upsert; the key is the attributes table's primary key. */
    static final String H2_CREATE_SESSION_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, "
            + "ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesAsUpserts(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database holds the sessions", e);
        }
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equals(product)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
        }
        throw new IllegalStateException("sessions are kept in H2 or PostgreSQL only, not in " + product
                + ": another database needs its own upsert for the session attributes");
    }
}
