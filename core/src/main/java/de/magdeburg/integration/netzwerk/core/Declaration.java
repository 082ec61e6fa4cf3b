package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A partner organisation's declaration (Erklärung, §1(2) and Anlage): the content of the
 * one-page form, filled or to be filled.
 *
 * <p>Immutable. This is a carrier for what a form says, valid or not: text components are never
 * null (empty when not filled) and nothing beyond lengths is checked here, so that a half-filled
 * form read back from a partner can be represented and then reported on by
 * {@code DeclarationRules} with findings.
 *
 * @param request what is asked for; not null
 * @param organisation section 1; not null
 * @param listOnPortal consent to be listed on the Integrationsportal
 * @param representative sections 2–4; not null
 * @param workingGroups ids of the working groups chosen in section 5 (ids of the profile), in the
 *     profile's order; not null, no duplicates
 * @param crossGroupMeetings whether the partner takes part in cross-group meetings (§5(2))
 * @param place place of signing (form field {@code place}); may be empty
 * @param date date of signing; {@code null} when not filled or not readable
 * @param signatoryName name of the person who signs; may be empty
 * @param signature state of the digital signature; not null
 */
public record Declaration(
        RequestType request,
        Organisation organisation,
        boolean listOnPortal,
        Representative representative,
        List<String> workingGroups,
        boolean crossGroupMeetings,
        String place,
        LocalDate date,
        String signatoryName,
        SignatureStatus signature) {

    /** Validates and copies. */
    public Declaration {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(representative, "representative");
        workingGroups = Text.list("workingGroups", workingGroups);
        if (workingGroups.stream().distinct().count() != workingGroups.size()) {
            throw Text.invalid("workingGroups", "nennt eine Arbeitsgruppe doppelt: " + workingGroups,
                    "lists a group twice: " + workingGroups);
        }
        place = Text.clean("place", place, 200);
        signatoryName = Text.clean("signatoryName", signatoryName, 200);
        signature = signature == null ? SignatureStatus.NONE : signature;
    }

    /**
     * Starts a declaration of the given kind with everything else empty.
     *
     * @param request the request type; not null
     * @param organisation the organisation; not null
     * @return a new declaration with an empty representative, no groups, no place/date/signatory
     */
    public static Declaration of(RequestType request, Organisation organisation) {
        return new Declaration(request, organisation, false, Representative.empty(), List.of(), false,
                "", null, "", SignatureStatus.NONE);
    }

    /**
     * The change declaration (Änderung, § 1 Abs. 2 and Anlage) a registered partner fills to
     * change its entry: request {@link RequestType#CHANGE}, pre-filled with what the register holds
     * (organisation, its first representative, working groups, cross-group meetings, consent to the
     * portal listing); place, date and signatory stay empty for the partner to fill and sign.
     *
     * @param partner the partner as registered; not null
     * @return the declaration to pre-fill the form with
     */
    public static Declaration changeOf(Partner partner) {
        Objects.requireNonNull(partner, "partner");
        Representative first = partner.representatives().isEmpty() ? Representative.empty()
                : partner.representatives().get(0);
        return of(RequestType.CHANGE, partner.organisation()).withRepresentative(first)
                .withWorkingGroups(partner.workingGroups(), partner.crossGroupMeetings())
                .withListOnPortal(partner.listOnPortal());
    }

    /**
     * @param value the new representative; not null
     * @return a copy with it
     */
    public Declaration withRepresentative(Representative value) {
        return new Declaration(request, organisation, listOnPortal, value, workingGroups, crossGroupMeetings,
                place, date, signatoryName, signature);
    }

    /**
     * @param groups working group ids; not null
     * @param crossGroup cross-group meetings
     * @return a copy with them
     */
    public Declaration withWorkingGroups(List<String> groups, boolean crossGroup) {
        return new Declaration(request, organisation, listOnPortal, representative, groups, crossGroup,
                place, date, signatoryName, signature);
    }

    /**
     * @param value consent to the portal listing
     * @return a copy with it
     */
    public Declaration withListOnPortal(boolean value) {
        return new Declaration(request, organisation, value, representative, workingGroups, crossGroupMeetings,
                place, date, signatoryName, signature);
    }

    /**
     * @param newPlace place of signing; may be empty
     * @param newDate date of signing; may be null
     * @param newSignatory name of the signatory; may be empty
     * @return a copy with them
     */
    public Declaration withSigning(String newPlace, LocalDate newDate, String newSignatory) {
        return new Declaration(request, organisation, listOnPortal, representative, workingGroups,
                crossGroupMeetings, newPlace, newDate, newSignatory, signature);
    }

    /**
     * @param value the signature state; not null
     * @return a copy with it
     */
    public Declaration withSignature(SignatureStatus value) {
        return new Declaration(request, organisation, listOnPortal, representative, workingGroups,
                crossGroupMeetings, place, date, signatoryName, value);
    }

    /**
     * @param value the request type; not null
     * @return a copy with it
     */
    public Declaration withRequest(RequestType value) {
        return new Declaration(value, organisation, listOnPortal, representative, workingGroups,
                crossGroupMeetings, place, date, signatoryName, signature);
    }
}
