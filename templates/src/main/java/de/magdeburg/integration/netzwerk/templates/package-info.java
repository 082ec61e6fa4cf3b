/**
 * Printable documents of the network (§5(1) of the Geschäftsordnung): {@link
 * de.magdeburg.integration.netzwerk.templates.Documents} is the one entry point.
 *
 * <p>Documents are rendered from Mustache templates (HTML auto-escaping on) with OpenHTMLtoPDF and
 * are PDF/A-2u and PDF/UA-1. Everything outside this package is internal and may change.
 */
package de.magdeburg.integration.netzwerk.templates;
