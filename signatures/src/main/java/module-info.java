/**
 * Netzwerk signatures (optional): the signatures of a returned declaration judged as a PAdES
 * validator does, with EU DSS — trust anchors and the EU trusted lists, revocation, PAdES level and
 * eIDAS qualification.
 *
 * <p>Exports only {@code de.magdeburg.integration.netzwerk.signatures}; DSS types never leave the
 * module. DSS's jars are automatic modules ({@code jpms_dss_*}, Automatic-Module-Name).
 */
module de.magdeburg.integration.netzwerk.signatures {
    requires transitive de.magdeburg.integration.netzwerk.core;
    requires jpms_dss_model;
    requires jpms_dss_spi;
    requires jpms_dss_enumerations;
    requires jpms_dss_validation;
    requires jpms_dss_document;
    requires jpms_dss_pades;
    requires jpms_dss_tsl_validation;
    requires jpms_dss_service;
    requires jpms_dss_diagnostic_data;
    requires jpms_dss_simple_report;
    requires jpms_dss_jaxb_common;
    requires jpms_dss_specs_validation_report;
    // the PDF reader DSS finds through ServiceLoader, and the utilities and CRL parser it needs
    requires jpms_dss_pades_pdfbox;
    requires jpms_dss_utils_apache_commons;
    requires jpms_dss_crl_parser_x509crl;
    requires jpms_dss_cms_object;
    requires jpms_dss_policy;

    exports de.magdeburg.integration.netzwerk.signatures;
}
