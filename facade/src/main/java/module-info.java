/**
 * Netzwerk: the one entry point city applications embed ({@link
 * de.magdeburg.integration.netzwerk.Netzwerk}).
 *
 * <p>Requiring this module is enough: it reads core, forms and templates transitively, whose
 * exported packages are the library's whole API.
 */
module de.magdeburg.integration.netzwerk {
    requires transitive de.magdeburg.integration.netzwerk.core;
    requires transitive de.magdeburg.integration.netzwerk.forms;
    requires transitive de.magdeburg.integration.netzwerk.templates;

    exports de.magdeburg.integration.netzwerk;
}
