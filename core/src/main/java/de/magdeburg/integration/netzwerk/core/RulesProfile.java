package de.magdeburg.integration.netzwerk.core;

import de.magdeburg.integration.netzwerk.core.internal.ProfileLoader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned, data-driven rule set: every number, list and wording of a Geschäftsordnung and of
 * its declaration form.
 *
 * <p>Immutable and thread-safe. {@link #magdeburg2016()} is the embedded default (version of
 * 23.11.2016, in force 01.12.2016, GO-6). Another city or a later version of the rules is another
 * JSON file read with {@link #read(Path)}; a file with a missing or impossible value is rejected
 * with an {@link InvalidDataException} naming the JSON path.
 *
 * @param id stable id, e.g. "magdeburg-2016"
 * @param network the network's names
 * @param versionDate date of the version ("in der Fassung vom"); not null
 * @param inForce the day the rules apply from (§6); not before {@code versionDate}
 * @param workingGroups the thematic working groups (§4(1)); at least one, unique ids
 * @param fieldsOfAction the fields of action (§2); at least one, unique ids
 * @param limits the numbers of §1, §4 and §5
 * @param coordinator the coordinator's address and contact block, as on the form
 * @param declaration the wording of the declaration form (Anlage)
 * @param rulesOfProcedure the full text of the Geschäftsordnung, printed as the form's annex
 * @param privacyNotice the information under Art. 13 GDPR printed on the attendance sheet
 * @param declarationPrivacyNotice the information under Art. 13 GDPR printed on the declaration
 *     form (§ 1 Abs. 2, Anlage): who is responsible (the coordinator's office), purposes, legal
 *     basis, retention, the person's rights and how to withdraw the consent to the portal listing;
 *     not null. A profile file without one gets {@code privacyNotice}, so that no form goes out
 *     without a notice; name one, because the form collects more than the sheet.
 * @param timeZone the network's time zone: what "today" means for a form's date and for the
 *     documents' dates when no clock is given; not null ({@code Europe/Berlin} for Magdeburg)
 * @param calendar the public holidays and weekend of the network's city, for the work plan's
 *     days off (§5 Abs. 1, GO-5.1); not null ({@link WorkCalendar#SAXONY_ANHALT} for Magdeburg)
 */
public record RulesProfile(
        String id,
        Network network,
        LocalDate versionDate,
        LocalDate inForce,
        List<WorkingGroup> workingGroups,
        List<FieldOfAction> fieldsOfAction,
        Limits limits,
        Coordinator coordinator,
        DeclarationWording declaration,
        RulesText rulesOfProcedure,
        PrivacyNotice privacyNotice,
        PrivacyNotice declarationPrivacyNotice,
        ZoneId timeZone,
        WorkCalendar calendar) {

    /** The time zone of a profile that names none: the German one. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Berlin");

    /** Validates. */
    public RulesProfile {
        id = Text.require("id", id, 100);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(versionDate, "versionDate");
        Objects.requireNonNull(inForce, "inForce");
        if (inForce.isBefore(versionDate)) {
            throw Text.invalid("inForce", inForce + " liegt vor versionDate " + versionDate,
                    inForce + " is before versionDate " + versionDate);
        }
        workingGroups = Text.list("workingGroups", workingGroups);
        if (workingGroups.isEmpty()) {
            throw Text.invalid("workingGroups", "muss mindestens eine Arbeitsgruppe nennen",
                    "must list at least one working group");
        }
        Text.requireUnique("workingGroups", workingGroups.stream().map(WorkingGroup::id).toList());
        fieldsOfAction = Text.list("fieldsOfAction", fieldsOfAction);
        if (fieldsOfAction.isEmpty()) {
            throw Text.invalid("fieldsOfAction", "muss mindestens ein Handlungsfeld nennen",
                    "must list at least one field of action");
        }
        Text.requireUnique("fieldsOfAction", fieldsOfAction.stream().map(FieldOfAction::id).toList());
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(rulesOfProcedure, "rulesOfProcedure");
        Objects.requireNonNull(privacyNotice, "privacyNotice");
        Objects.requireNonNull(declarationPrivacyNotice, "declarationPrivacyNotice");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * A profile whose declaration form prints the attendance sheet's notice (the constructor of
     * profiles written before the form had a notice of its own), with Magdeburg's
     * {@linkplain WorkCalendar#SAXONY_ANHALT calendar}.
     *
     * @param id the profile's id; not empty
     * @param network the network's names
     * @param versionDate the date the rules were adopted
     * @param inForce the date the rules apply from (§6); not before {@code versionDate}
     * @param workingGroups the thematic working groups (§4(1))
     * @param fieldsOfAction the fields of action (§2)
     * @param limits the numbers of §1, §4 and §5
     * @param coordinator the coordinator's address and contact block
     * @param declaration the wording of the declaration form
     * @param rulesOfProcedure the full text of the Geschäftsordnung
     * @param privacyNotice the information under Art. 13 GDPR, for the sheet and the form
     * @param timeZone the network's time zone; not null
     */
    public RulesProfile(String id, Network network, LocalDate versionDate, LocalDate inForce,
            List<WorkingGroup> workingGroups, List<FieldOfAction> fieldsOfAction, Limits limits,
            Coordinator coordinator, DeclarationWording declaration, RulesText rulesOfProcedure,
            PrivacyNotice privacyNotice, ZoneId timeZone) {
        this(id, network, versionDate, inForce, workingGroups, fieldsOfAction, limits, coordinator, declaration,
                rulesOfProcedure, privacyNotice, privacyNotice, timeZone, WorkCalendar.SAXONY_ANHALT);
    }

    /**
     * @param calendar the public holidays and weekend (§5 Abs. 1); not null
     * @return this profile with another calendar
     */
    public RulesProfile withCalendar(WorkCalendar calendar) {
        return new RulesProfile(id, network, versionDate, inForce, workingGroups, fieldsOfAction, limits, coordinator,
                declaration, rulesOfProcedure, privacyNotice, declarationPrivacyNotice, timeZone, calendar);
    }

    /**
     * @return the system clock in this profile's {@linkplain #timeZone() time zone}: at 00:30 in
     *     Berlin it is already tomorrow there, while UTC still says today
     */
    public Clock systemClock() {
        return Clock.system(timeZone);
    }

    /**
     * The Magdeburg rules of 23.11.2016, embedded in the library.
     *
     * @return the profile; the same instance on every call
     */
    public static RulesProfile magdeburg2016() {
        return ProfileLoader.magdeburg2016();
    }

    /**
     * Reads a profile from a JSON file.
     *
     * @param file the file; not null
     * @return the profile
     * @throws InvalidDataException if the file cannot be read or a value is missing or impossible
     */
    public static RulesProfile read(Path file) {
        return ProfileLoader.read(file);
    }

    /**
     * Reads a profile from JSON.
     *
     * @param json the JSON; not null, not closed
     * @return the profile
     * @throws InvalidDataException if a value is missing or impossible
     */
    public static RulesProfile read(InputStream json) {
        return ProfileLoader.read(json);
    }

    /**
     * @param groupId a working group id; not null
     * @return the working group, if the profile has it
     */
    public Optional<WorkingGroup> findWorkingGroup(String groupId) {
        return workingGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /**
     * @param groupId a working group id; not null
     * @return the working group
     * @throws NetzwerkException if the profile has no such group
     */
    public WorkingGroup requireWorkingGroup(String groupId) {
        return findWorkingGroup(groupId).orElseThrow(() -> new NetzwerkException(
                "Unbekannte Arbeitsgruppe '" + groupId + "' / unknown working group '" + groupId
                        + "' in profile " + id + " (GO-4.1)"));
    }

    /**
     * @param fieldId a field of action id; not null
     * @return the field of action, if the profile has it
     */
    public Optional<FieldOfAction> findFieldOfAction(String fieldId) {
        return fieldsOfAction.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    /**
     * Names of the network.
     *
     * @param name full name, e.g. "Netzwerk für Integrations- und Ausländerarbeit der Landeshauptstadt Magdeburg"
     * @param shortName short name for page headers
     * @param city the city, e.g. "Landeshauptstadt Magdeburg"
     */
    public record Network(String name, String shortName, String city) {
        /** Validates. */
        public Network {
            name = Text.require("network.name", name, 500);
            shortName = Text.require("network.shortName", shortName, 200);
            city = Text.require("network.city", city, 200);
        }
    }

    /**
     * The numbers of the Geschäftsordnung.
     *
     * @param maxMeetingsPerGroupPerYear GO-5.2a, 1–52 (Magdeburg: 5)
     * @param minCrossGroupMeetingsPerYear GO-5.2b, 0–52 (Magdeburg: 1)
     * @param typicalMaxCrossGroupMeetingsPerYear GO-5.2b upper "typical" bound, ≥ the minimum (Magdeburg: 2)
     * @param minSpeakersRoundsPerQuarter GO-5.3, 0–13 (Magdeburg: 1)
     * @param speakersPerGroup GO-4.3, 1–10 (Magdeburg: 2)
     * @param speakerTermYears GO-4.3, 1–10 (Magdeburg: 2)
     * @param speakerTermWarningMonths warn this many months before a term ends, 0–24 (3)
     * @param inactivityYears GO-1.4, 1–10 (Magdeburg: 1)
     * @param minOrganisationsForNewGroup GO-4.2, 1–100 (Magdeburg: 5)
     */
    public record Limits(int maxMeetingsPerGroupPerYear, int minCrossGroupMeetingsPerYear,
            int typicalMaxCrossGroupMeetingsPerYear, int minSpeakersRoundsPerQuarter, int speakersPerGroup,
            int speakerTermYears, int speakerTermWarningMonths, int inactivityYears,
            int minOrganisationsForNewGroup) {
        /** Validates ranges. */
        public Limits {
            range("maxMeetingsPerGroupPerYear", maxMeetingsPerGroupPerYear, 1, 52);
            range("minCrossGroupMeetingsPerYear", minCrossGroupMeetingsPerYear, 0, 52);
            range("typicalMaxCrossGroupMeetingsPerYear", typicalMaxCrossGroupMeetingsPerYear,
                    minCrossGroupMeetingsPerYear, 52);
            range("minSpeakersRoundsPerQuarter", minSpeakersRoundsPerQuarter, 0, 13);
            range("speakersPerGroup", speakersPerGroup, 1, 10);
            range("speakerTermYears", speakerTermYears, 1, 10);
            range("speakerTermWarningMonths", speakerTermWarningMonths, 0, 24);
            range("inactivityYears", inactivityYears, 1, 10);
            range("minOrganisationsForNewGroup", minOrganisationsForNewGroup, 1, 100);
        }

        private static void range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw Text.invalid(name, "ist " + value + ", erlaubt sind " + min + "–" + max,
                        "is " + value + ", must be " + min + "–" + max);
            }
        }
    }

    /**
     * The coordinator's block on the form ("Bitte senden an:") and contact for questions.
     *
     * @param title the role, e.g. "Netzwerkkoordinator*in"
     * @param addressLines postal address, one line each; at least one
     * @param contactName contact person for questions
     * @param email contact email
     * @param phone contact phone
     */
    public record Coordinator(String title, List<String> addressLines, String contactName, String email,
            String phone) {
        /** Validates. */
        public Coordinator {
            title = Text.require("coordinator.title", title, 200);
            addressLines = Text.list("coordinator.addressLines", addressLines);
            if (addressLines.isEmpty()) {
                throw Text.invalid("coordinator.addressLines", "braucht mindestens eine Zeile",
                        "must have at least one line");
            }
            contactName = Text.clean("coordinator.contactName", contactName, 200);
            email = Text.require("coordinator.email", email, 200);
            phone = Text.clean("coordinator.phone", phone, 100);
        }
    }

    /**
     * The wording of the declaration form (Anlage zu §1(2)); every label the form prints.
     *
     * @param sendTo "Bitte senden an:"
     * @param title the form's title
     * @param requestEntry label of the entry option ("Eintrag")
     * @param requestDeletion label of the deletion option ("Löschung")
     * @param requestChange label of the change option ("Änderung")
     * @param sectionOrganisation label of section 1
     * @param portalConsent the portal-listing consent sentence
     * @param sectionName label of section 2
     * @param sectionFunction label of section 3
     * @param sectionContact label of section 4
     * @param sectionWorkingGroups label of section 5
     * @param crossGroupMeetings label of the cross-group meetings box
     * @param acknowledgement the sentence acknowledging the rules, with their version date
     * @param placeDate label under the place/date line
     * @param signatoryName label under the name line
     * @param signature label under the signature line
     * @param footer the footer with the coordinator's contact
     * @param annex heading of the annex pages carrying the rules' text
     * @param basis the line above the title naming the rule the form belongs to, as in the source
     *     ("Anlage zur Geschäftsordnung – Erklärung gemäß § 1 (2)")
     */
    public record DeclarationWording(String sendTo, String title, String requestEntry, String requestDeletion,
            String requestChange, String sectionOrganisation, String portalConsent, String sectionName,
            String sectionFunction, String sectionContact, String sectionWorkingGroups, String crossGroupMeetings,
            String acknowledgement, String placeDate, String signatoryName, String signature, String footer,
            String annex, String basis) {
        /** Validates that no label is missing. */
        public DeclarationWording {
            sendTo = Text.require("declaration.sendTo", sendTo, 200);
            title = Text.require("declaration.title", title, 1_000);
            requestEntry = Text.require("declaration.requestEntry", requestEntry, 100);
            requestDeletion = Text.require("declaration.requestDeletion", requestDeletion, 100);
            requestChange = Text.require("declaration.requestChange", requestChange, 100);
            sectionOrganisation = Text.require("declaration.sectionOrganisation", sectionOrganisation, 200);
            portalConsent = Text.require("declaration.portalConsent", portalConsent, 1_000);
            sectionName = Text.require("declaration.sectionName", sectionName, 200);
            sectionFunction = Text.require("declaration.sectionFunction", sectionFunction, 200);
            sectionContact = Text.require("declaration.sectionContact", sectionContact, 200);
            sectionWorkingGroups = Text.require("declaration.sectionWorkingGroups", sectionWorkingGroups, 200);
            crossGroupMeetings = Text.require("declaration.crossGroupMeetings", crossGroupMeetings, 200);
            acknowledgement = Text.require("declaration.acknowledgement", acknowledgement, 1_000);
            placeDate = Text.require("declaration.placeDate", placeDate, 100);
            signatoryName = Text.require("declaration.signatoryName", signatoryName, 100);
            signature = Text.require("declaration.signature", signature, 100);
            footer = Text.require("declaration.footer", footer, 1_000);
            annex = Text.require("declaration.annex", annex, 200);
            basis = Text.require("declaration.basis", basis, 200);
        }
    }

    /**
     * The full text of the rules of procedure.
     *
     * @param title the title line
     * @param sections the sections in order (Präambel, § 1 …); at least one
     */
    public record RulesText(String title, List<Section> sections) {
        /** Validates. */
        public RulesText {
            title = Text.require("rulesOfProcedure.title", title, 1_000);
            sections = Text.list("rulesOfProcedure.sections", sections);
            if (sections.isEmpty()) {
                throw Text.invalid("rulesOfProcedure.sections", "braucht mindestens einen Abschnitt",
                        "must have at least one section");
            }
        }
    }

    /**
     * One section of the rules' text.
     *
     * @param heading e.g. "§ 1 Netzwerkpartner*innen und Gäste"
     * @param paragraphs paragraphs in order; a paragraph starting with "- " or "• " is a list item
     */
    public record Section(String heading, List<String> paragraphs) {
        /** Validates. */
        public Section {
            heading = Text.require("section.heading", heading, 500);
            paragraphs = Text.list("section.paragraphs", paragraphs);
        }
    }

    /**
     * The information a person signing the attendance sheet or the declaration form is given under
     * Art. 13 GDPR: who is responsible, the data-protection officer, purpose, legal basis,
     * recipients, retention, rights and the supervisory authority. The wording is the city's, so it
     * lives in the profile.
     *
     * @param title the heading, e.g. "Datenschutzhinweise nach Art. 13 DSGVO"
     * @param items the points in print order; at least one
     */
    public record PrivacyNotice(String title, List<NoticeItem> items) {
        /** Validates. */
        public PrivacyNotice {
            title = Text.require("privacyNotice.title", title, 500);
            items = Text.list("privacyNotice.items", items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("privacyNotice.items must have at least one item");
            }
        }
    }

    /**
     * One point of the privacy notice.
     *
     * @param label what the point is about, e.g. "Verantwortlich"
     * @param text the information
     */
    public record NoticeItem(String label, String text) {
        /** Validates. */
        public NoticeItem {
            label = Text.require("privacyNotice.items.label", label, 200);
            text = Text.require("privacyNotice.items.text", text, 2_000);
        }
    }
}
