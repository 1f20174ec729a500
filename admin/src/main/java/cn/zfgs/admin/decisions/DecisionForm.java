package cn.zfgs.admin.decisions;

import cn.zfgs.content.law.LawSearch;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.FieldParsing;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The decision form as typed: every field kept as text so that a refused form comes back exactly as entered, with
 * the errors of parsing here and of the domain's validation beside their fields.
 */
public record DecisionForm(String documentNumber, String decisionType, String partyName, String partyKind,
        String partyCreditCode, String facts, String legalBases, String result, String fineAmount,
        String confiscatedAmount, String decisionDate, boolean hearingHeld, boolean licenceRevoked,
        String changeNote, Map<String, String> errors, String lawQuery, List<LawSearch.Hit> lawHits) {

    /** An option of a select box. */
    public record Option(String value, String label) {
    }

    public static final List<Option> DECISION_TYPES = Arrays.stream(DecisionType.values())
            .map(t -> new Option(t.name(), t.label())).toList();
    public static final List<Option> PARTY_KINDS = Arrays.stream(PartyKind.values())
            .map(k -> new Option(k.name(), k.label())).toList();
    private static final int MAX_TEXT = 20_000;

    public static DecisionForm empty() {
        return new DecisionForm("", "PENALTY", "", "LEGAL_PERSON", "", "", "", "", "", "", "", false, false, "",
                Map.of(), "", List.of());
    }

    public static DecisionForm of(DecisionContent d) {
        return new DecisionForm(d.documentNumber(), d.decisionType().name(), d.partyName(), d.partyKind().name(),
                nullToEmpty(d.partyCreditCode()), d.facts(), String.join("\n", d.legalBases()), d.result(),
                d.fineAmount() == null ? "" : d.fineAmount().toPlainString(),
                d.confiscatedAmount() == null ? "" : d.confiscatedAmount().toPlainString(),
                d.decisionDate().toString(), d.hearingHeld(), d.licenceRevoked(), "", Map.of(), "", List.of());
    }

    public static DecisionForm of(MultivaluedMap<String, String> form) {
        return new DecisionForm(text(form, "documentNumber"), text(form, "decisionType"), text(form, "partyName"),
                text(form, "partyKind"), text(form, "partyCreditCode"), text(form, "facts"),
                text(form, "legalBases"), text(form, "result"), text(form, "fineAmount"),
                text(form, "confiscatedAmount"), text(form, "decisionDate"), form.containsKey("hearingHeld"),
                form.containsKey("licenceRevoked"), text(form, "changeNote"), Map.of(), text(form, "lawQuery"),
                List.of());
    }

    /** The content this form describes, or the field errors that keep it from being one. */
    public DecisionContent toContent(List<FieldError> errors) {
        DecisionType type = parseEnum(DecisionType.class, decisionType, "decisionType", "决定类别", errors);
        PartyKind kind = parseEnum(PartyKind.class, partyKind, "partyKind", "当事人类别", errors);
        BigDecimal fine = FieldParsing.amount(fineAmount, "fineAmount", "罚款金额", errors);
        BigDecimal confiscated = FieldParsing.amount(confiscatedAmount, "confiscatedAmount", "没收金额", errors);
        LocalDate date = FieldParsing.date(decisionDate, "decisionDate", "决定日期", errors);
        for (String[] field : new String[][] {{"facts", facts, "违法事实"}, {"result", result, "处理结果"},
                {"legalBases", legalBases, "法律依据"}}) {
            if (field[1].length() > MAX_TEXT) {
                errors.add(new FieldError(field[0], field[2] + "：不能超过 " + MAX_TEXT + " 个字"));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<String> bases = legalBases.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new DecisionContent(documentNumber, type, partyName, kind,
                partyCreditCode.isEmpty() ? null : partyCreditCode, null, facts, bases, result, fine, confiscated,
                date, hearingHeld, licenceRevoked);
    }

    public DecisionForm withChangeNote(String note) {
        return new DecisionForm(documentNumber, decisionType, partyName, partyKind, partyCreditCode, facts,
                legalBases, result, fineAmount, confiscatedAmount, decisionDate, hearingHeld, licenceRevoked, note,
                errors, lawQuery, lawHits);
    }

    /** The form with the law search's hits, and with {@code bases} as its legal bases. */
    public DecisionForm withLaws(String bases, List<LawSearch.Hit> hits) {
        return new DecisionForm(documentNumber, decisionType, partyName, partyKind, partyCreditCode, facts,
                bases, result, fineAmount, confiscatedAmount, decisionDate, hearingHeld, licenceRevoked, changeNote,
                errors, lawQuery, hits);
    }

    public DecisionForm withErrors(List<FieldError> errors) {
        return new DecisionForm(documentNumber, decisionType, partyName, partyKind, partyCreditCode, facts,
                legalBases, result, fineAmount, confiscatedAmount, decisionDate, hearingHeld, licenceRevoked,
                changeNote, errors.stream().collect(Collectors.toMap(FieldError::field, FieldError::message,
                        (a, b) -> a + "；" + b)), lawQuery, lawHits);
    }

    /** Errors of fields the form does not show (there should be none), so that nothing is silently dropped. */
    public List<String> otherErrors() {
        List<String> known = List.of("documentNumber", "decisionType", "partyName", "partyKind", "partyCreditCode",
                "facts", "legalBases", "result", "fineAmount", "confiscatedAmount", "decisionDate", "changeNote");
        return errors.entrySet().stream().filter(e -> !known.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    public List<Option> decisionTypes() {
        return DECISION_TYPES;
    }

    public List<Option> partyKinds() {
        return PARTY_KINDS;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String label,
            List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError(field, label + "：请从列表中选择"));
            return null;
        }
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
