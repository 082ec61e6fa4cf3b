package de.magdeburg.integration.netzwerk.web;

/**
 * Another instance (or window) changed the register between loading it and storing the change;
 * nothing was stored, and the coordinator can simply try again.
 */
public final class RegisterChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The German message for the coordinator. */
    public RegisterChangedException() {
        super("Das Register wurde gerade an anderer Stelle geändert; Ihre Änderung wurde nicht gespeichert. "
                + "Bitte prüfen Sie die Angaben und versuchen Sie es erneut.");
    }
}
