/**
 * Netzwerk templates: the printable documents (attendance sheets, minutes, work plans,
 * invitations, partner overview) from HTML/CSS templates with OpenHTMLtoPDF.
 *
 * <p>Exports only {@code de.magdeburg.integration.netzwerk.templates}. FOP's hyphenation classes
 * ({@code org.apache.fop.hyphenation}) are copied into this module at build time because fop-core
 * cannot be an automatic module (its service files name classes of fop-events); that package is
 * neither exported nor opened.
 */
module de.magdeburg.integration.netzwerk.templates {
    requires transitive de.magdeburg.integration.netzwerk.core;
    // the facade and Documents' callers read returned attendance sheets through forms
    requires transitive de.magdeburg.integration.netzwerk.forms;
    requires com.fasterxml.jackson.databind;
    // OpenHTMLtoPDF's jars carry no Automatic-Module-Name: the names come from the file names
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires com.samskivert.jmustache;
    // Arabic and Persian shaping and bidi order (automatic module, Automatic-Module-Name)
    requires com.ibm.icu;
    requires java.desktop;
    requires java.logging;
    // resources only: the DejaVu fonts (the German hyphenation patterns, hyph/de.hyp, are copied
    // into this module from fop-hyph at build time)
    requires net.sf.jasperreports.fonts;

    exports de.magdeburg.integration.netzwerk.templates;
}
