/**
 * Internal machinery of the templates module: the locked-down PDF engine, the compiled templates,
 * the view models, the attendance-sheet form fields, the calendar and CSV writers. Not API.
 */
package de.magdeburg.integration.netzwerk.templates.internal;
