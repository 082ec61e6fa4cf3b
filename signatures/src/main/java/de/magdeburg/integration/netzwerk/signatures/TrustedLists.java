package de.magdeburg.integration.netzwerk.signatures;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.FileCacheDataLoader;
import eu.europa.esig.dss.spi.client.http.IgnoreDataLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.LOTLSource;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The EU list of trusted lists (LOTL) and the national trusted lists it points to, kept in a file
 * cache: validation reads only the cache (no network while a form is judged); {@link #refresh()}
 * downloads the lists again and is called by the city application on its own schedule (the lists
 * change every few weeks; once a day is plenty). What the trusted lists say decides whether a
 * signature is qualified (eIDAS Art. 25(2), 22).
 *
 * <p>Thread-safe: a refresh replaces the certificates validation sees as a whole.
 */
public final class TrustedLists {
    /** Where the European Commission publishes the LOTL. */
    public static final String EU_LOTL = "https://ec.europa.eu/tools/lotl/eu-lotl.xml";

    private final TrustedListsCertificateSource certificates = new TrustedListsCertificateSource();
    private final TLValidationJob job = new TLValidationJob();

    private TrustedLists(Path cache, String lotlUrl, Collection<X509Certificate> lotlSigners) {
        LOTLSource lotl = new LOTLSource();
        lotl.setUrl(lotlUrl);
        CommonCertificateSource signers = new CommonCertificateSource();
        lotlSigners.forEach(c -> signers.addCertificate(new CertificateToken(c)));
        lotl.setCertificateSource(signers);
        // the Commission announces new LOTL signing certificates in the Official Journal: follow the pivots
        lotl.setPivotSupport(true);

        FileCacheDataLoader offline = new FileCacheDataLoader(new IgnoreDataLoader());
        offline.setCacheExpirationTime(-1);
        offline.setFileCacheDirectory(cache.toFile());
        FileCacheDataLoader online = new FileCacheDataLoader(new CommonsDataLoader());
        online.setCacheExpirationTime(0);
        online.setFileCacheDirectory(cache.toFile());

        job.setListOfTrustedListSources(lotl);
        job.setOfflineDataLoader(offline);
        job.setOnlineDataLoader(online);
        job.setTrustedListCertificateSource(certificates);
    }

    /**
     * The EU LOTL, read from its cache. Nothing is downloaded here: an empty cache gives no trusted
     * lists until the first {@link #refresh()}.
     *
     * @param cache the cache directory (created by the first refresh); not null
     * @param lotlSigners the certificates that may sign the LOTL, as published in the Official Journal
     *     of the EU; not null, may be empty (the LOTL's signature is then not trusted and DSS says so)
     * @return the trusted lists, loaded from the cache
     */
    public static TrustedLists euLotl(Path cache, Collection<X509Certificate> lotlSigners) {
        return of(cache, EU_LOTL, lotlSigners);
    }

    /**
     * A list of trusted lists at another address (a test list, a mirror), read from its cache.
     *
     * @param cache the cache directory; not null
     * @param lotlUrl where the list of trusted lists is published; not null
     * @param lotlSigners the certificates that may sign it; not null
     * @return the trusted lists, loaded from the cache
     */
    public static TrustedLists of(Path cache, String lotlUrl, Collection<X509Certificate> lotlSigners) {
        TrustedLists lists = new TrustedLists(Objects.requireNonNull(cache, "cache"),
                Objects.requireNonNull(lotlUrl, "lotlUrl"), List.copyOf(lotlSigners));
        lists.job.offlineRefresh();
        return lists;
    }

    /**
     * Downloads the LOTL and the trusted lists again into the cache (network). Call it on the city
     * application's schedule, not while judging a form.
     */
    public void refresh() {
        job.onlineRefresh();
    }

    /** @return how many trust service certificates the lists currently give */
    public int certificateCount() {
        return certificates.getNumberOfCertificates();
    }

    TrustedListsCertificateSource source() {
        return certificates;
    }
}
