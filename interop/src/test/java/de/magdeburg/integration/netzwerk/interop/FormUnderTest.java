package de.magdeburg.integration.netzwerk.interop;

import de.magdeburg.integration.netzwerk.core.Declaration;

/**
 * The operations of the declaration form that the third-party clients are tested against.
 * Kept as an interface so that the client drivers do not care who wrote the form.
 */
interface FormUnderTest {

    /** @return a blank, fillable declaration form */
    byte[] blank();

    /** @param declaration the values; not null @return the form pre-filled with them */
    byte[] prefilled(Declaration declaration);

    /** @param pdf a filled form @return what it says */
    Declaration read(byte[] pdf);

    /** @param pdf a received form @return a copy whose appearances are re-rendered with our font */
    byte[] archivalCopy(byte[] pdf);
}
