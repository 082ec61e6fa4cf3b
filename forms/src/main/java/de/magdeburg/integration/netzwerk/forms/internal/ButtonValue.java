package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Rules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * What a button field (check box or radio group) says, read as lenient viewers read it — the one
 * place for the declaration's request group and check boxes and the attendance sheet's tick boxes.
 *
 * <p>The field's {@code /V} may be a name or a text string equal to an on state or an {@code /Opt}
 * entry (pypdf writes the string {@code "/change"}, slash included). When {@code /V} is missing or
 * names no state, the widgets' appearance states ({@code /AS}, what pdf.js and PDFium show)
 * decide if exactly one state is on. When {@code /V} and the widgets disagree, or several states are
 * on, or {@code /V} names no state and nothing is on, the result is a {@link #finding() finding}
 * naming the field and what each part says, never a guess.
 *
 * @param field the field's fully qualified name; not null
 * @param value the chosen option: the on state's name, or the {@code /Opt} entry for states named by index;
 *     empty when off or when the field contradicts itself
 * @param finding an ERROR finding ({@code FORM}) naming the field when it contradicts itself
 */
record ButtonValue(String field, Optional<String> value, Optional<Finding> finding) {
    private static final String OFF = "Off";

    ButtonValue {
        if (value.isPresent() && finding.isPresent()) {
            throw new IllegalStateException("a contradictory field has no value: " + field);
        }
    }

    /** @return whether the field is unambiguously on */
    boolean isOn() {
        return value.isPresent();
    }

    /**
     * @param name the field's fully qualified name, for the finding; not null
     * @param field a terminal button field; not null
     * @return what it says
     */
    static ButtonValue read(String name, PDField field) {
        List<PDAnnotationWidget> widgets = field instanceof PDTerminalField t ? t.getWidgets() : List.of();
        COSArray opt = Inherited.get(field.getCOSObject(), COSName.OPT) instanceof COSArray a ? a : null;
        List<String> onStates = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        boolean anyAppearanceState = false;
        for (PDAnnotationWidget w : widgets) {
            onStates.add(onState(w.getCOSObject()));
            if (w.getCOSObject().getDictionaryObject(COSName.AS) instanceof COSName as) {
                anyAppearanceState = true;
                if (!as.getName().equals(OFF) && !as.getName().isEmpty()) {
                    shown.add(as.getName());
                }
            }
        }
        COSBase v = Inherited.get(field.getCOSObject(), COSName.V);
        if (v == null) {
            // some writers put the value on the kids (widgets) only; it counts if they agree
            Set<COSBase> kidValues = new LinkedHashSet<>();
            for (PDAnnotationWidget w : widgets) {
                COSBase kid = w.getCOSObject().getDictionaryObject(COSName.V);
                if (kid instanceof COSName || kid instanceof COSString) {
                    kidValues.add(kid);
                }
            }
            v = kidValues.size() == 1 ? kidValues.iterator().next() : null;
        }
        String raw = v instanceof COSName n ? n.getName() : v instanceof COSString s ? s.getString() : null;
        String state = raw == null ? null : state(raw, onStates, opt);
        if (state == null) {
            // /V missing or naming no state: what the viewers show decides, if it is one option
            if (shown.size() == 1) {
                return on(name, shown.iterator().next(), onStates, opt);
            }
            if (shown.isEmpty() && raw == null) {
                return off(name);
            }
            if (shown.isEmpty()) {
                return contradiction(name, "read.buttonValue", raw.strip(), String.join(", ", states(onStates)));
            }
            return contradiction(name, "read.buttonSeveral", String.join(", ", shown), "");
        }
        if (state.equals(OFF)) {
            return shown.isEmpty() ? off(name)
                    : contradiction(name, "read.buttonConflict", raw.strip(), String.join(", ", shown));
        }
        if (shown.equals(Set.of(state)) || (shown.isEmpty() && !anyAppearanceState)) {
            return on(name, state, onStates, opt);
        }
        return contradiction(name, "read.buttonConflict", raw.strip(), shown.isEmpty() ? OFF
                : String.join(", ", shown));
    }

    /** @return the on state {@code raw} names (or {@code Off}), or null if it names none */
    private static String state(String raw, List<String> onStates, COSArray opt) {
        String s = raw.strip();
        // pypdf writes a name's text form into a string: "/change"
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || s.equals(OFF)) {
            return OFF;
        }
        if (onStates.contains(s) || onStates.stream().allMatch(Objects::isNull)) {
            // without appearance dictionaries every name but Off is an on state
            return s;
        }
        if (opt != null) {
            for (int i = 0; i < opt.size() && i < onStates.size(); i++) {
                if (opt.getObject(i) instanceof COSString o && o.getString().equals(s) && onStates.get(i) != null) {
                    return onStates.get(i);
                }
            }
        }
        return null;
    }

    private static ButtonValue on(String name, String state, List<String> onStates, COSArray opt) {
        // with /Opt a writer may name the states by index ("0", "1" …): the option's text is the value
        int i = onStates.indexOf(state);
        if (opt != null && state.matches("\\d{1,4}") && i >= 0 && i < opt.size()
                && opt.getObject(i) instanceof COSString o) {
            return new ButtonValue(name, Optional.of(o.getString()), Optional.empty());
        }
        return new ButtonValue(name, Optional.of(state), Optional.empty());
    }

    private static ButtonValue off(String name) {
        return new ButtonValue(name, Optional.empty(), Optional.empty());
    }

    private static ButtonValue contradiction(String name, String key, String first, String second) {
        return new ButtonValue(name, Optional.empty(), Optional.of(
                Rules.FORM.finding(name, key, name, first, second)));
    }

    private static List<String> states(List<String> onStates) {
        List<String> out = new ArrayList<>();
        for (String s : onStates) {
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        out.add(OFF);
        return out;
    }

    /** @return the widget's on state: the name in its normal appearance other than Off, or null */
    private static String onState(COSDictionary widget) {
        if (widget.getDictionaryObject(COSName.AP) instanceof COSDictionary ap
                && ap.getDictionaryObject(COSName.N) instanceof COSDictionary normal) {
            for (COSName key : normal.keySet()) {
                if (!key.getName().equals(OFF)) {
                    return key.getName();
                }
            }
        }
        return null;
    }
}
