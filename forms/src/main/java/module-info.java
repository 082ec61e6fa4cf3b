/**
 * Netzwerk forms: the declaration form (AcroForm) — generate, pre-fill, read back — and the one
 * hardened reader of untrusted PDFs (declarations and returned attendance sheets).
 *
 * <p>Exports only {@code de.magdeburg.integration.netzwerk.forms}; PDFBox types never leave the
 * module. The {@code internal} package is exported to templates alone, which writes the PDF/A
 * identification (XMP) of the printed documents with the form's writer.
 */
module de.magdeburg.integration.netzwerk.forms {
    requires transitive de.magdeburg.integration.netzwerk.core;
    requires com.fasterxml.jackson.databind;
    // PDFBox, fontbox and pdfbox-io are automatic modules (Automatic-Module-Name in their
    // manifests); their packages are open, which DecodeBudget's reflective look into
    // FilterFactory needs
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    // PDFBox logs through commons-logging, an explicit module; an automatic module's own needs are
    // unknown to the module system, so it is resolved only if a named module requires it
    requires org.apache.commons.logging;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    // Arabic and Persian shaping and bidi order (automatic module, Automatic-Module-Name)
    requires com.ibm.icu;
    requires java.desktop;
    // DejaVu Sans is read from its jar as a resource (ClassLoader lookup, the package is open)
    requires net.sf.jasperreports.fonts;

    exports de.magdeburg.integration.netzwerk.forms;
    // the printed documents write their PDF/A identification with the form's one XMP writer
    exports de.magdeburg.integration.netzwerk.forms.internal to de.magdeburg.integration.netzwerk.templates;
}
