/**
 * Netzwerk core: the model, the rules profile (Geschäftsordnung), the rule checks, the register
 * and its JSON. No PDF code.
 *
 * <p>Exports only {@code de.magdeburg.integration.netzwerk.core}. The {@code internal} package is
 * exported to the facade alone, which writes files with the same atomic writer as core.
 */
module de.magdeburg.integration.netzwerk.core {
    // JsonCodec's and the records' signatures carry no Jackson type, so not transitive
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    // public holidays (WorkCalendar); Jollyday's Jackson module provides its data through a service
    requires de.focus_shift.jollyday.core;
    requires de.focus_shift.jollyday.jackson;

    exports de.magdeburg.integration.netzwerk.core;
    exports de.magdeburg.integration.netzwerk.core.internal to de.magdeburg.integration.netzwerk;

    // Jackson binds the records of the model by reflection (canonical constructors, accessors)
    opens de.magdeburg.integration.netzwerk.core to com.fasterxml.jackson.databind;
}
