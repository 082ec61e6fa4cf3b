package de.magdeburg.integration.netzwerk.web;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a commit durable before the partner or the log hears of it. PostgreSQL's commit already
 * is (fsync of its write-ahead log). H2's is not: its store writes committed changes to the file
 * up to half a second later, so a service killed after showing a receipt lost the file (issue 23:
 * 5 of 19 receipts gone, rows back at STORED); {@code CHECKPOINT SYNC} writes them and forces the
 * file to the disk. Called after storing a file and after each change of its state or of the
 * register — rare events, so the fsync costs little.
 */
@Component
class Durability {
    private final JdbcTemplate jdbc;
    private final boolean h2File;

    Durability(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        String url;
        try {
            url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
        this.h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * Makes what was committed durable; inside a transaction, right after it commits (the caller
     * logs after the transaction returns).
     */
    void sync() {
        if (!h2File) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkpoint();
                }
            });
        } else {
            checkpoint();
        }
    }

    private void checkpoint() {
        jdbc.execute("CHECKPOINT SYNC");
    }
}
