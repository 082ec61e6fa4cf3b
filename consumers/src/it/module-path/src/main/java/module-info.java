/** A city's application: the facade's module is all it requires. */
module de.example.stadt {
    requires de.magdeburg.integration.netzwerk;
}
