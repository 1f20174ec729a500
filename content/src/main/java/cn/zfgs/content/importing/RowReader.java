package cn.zfgs.content.importing;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.content.model.Content;
import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.EnforcementItemContent;
import cn.zfgs.content.model.OfficerContent;
import cn.zfgs.content.model.OfficerStatus;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.model.RandomInspection;
import cn.zfgs.content.workflow.ContentValidator;
import cn.zfgs.content.workflow.FieldError;
import cn.zfgs.content.workflow.FieldParsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 逐行校验 — one spreadsheet row (or one pushed record) read into content and checked by the same rules as the
 * staff forms ({@link FieldParsing}, then {@link ContentValidator}). Errors name the template column, in Chinese.
 */
public final class RowReader {

    /** What a row says: the content (null when any error), the change note for a published item, the errors. */
    public record Parsed(Content content, String changeNote, List<FieldError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final ImportKind kind;
    private final LawCatalogue laws;

    public RowReader(ImportKind kind, LawCatalogue laws) {
        this.kind = kind;
        this.laws = laws;
    }

    /**
     * Reads a row given as cell text by column header (missing headers read as empty). The errors' {@code field} is
     * the column header.
     */
    public Parsed read(Map<String, String> cells, LocalDate today) {
        Cells row = new Cells(cells);
        List<FieldError> errors = new ArrayList<>();
        Content content = switch (kind) {
            case DECISION -> decision(row, errors);
            case OFFICER -> officer(row, errors);
            case ENFORCEMENT_ITEM -> item(row, errors);
        };
        if (errors.isEmpty()) {
            for (FieldError e : ContentValidator.check(content, laws, today)) {
                errors.add(new FieldError(header(e.field()), e.message()));
            }
        }
        String changeNote = row.get("changeNote");
        if (changeNote.length() > 500) {
            errors.add(new FieldError(header("changeNote"), "更正说明：不能超过 500 个字符"));
        }
        return errors.isEmpty() ? new Parsed(content, changeNote.isEmpty() ? null : changeNote, List.of())
                : new Parsed(null, null, List.copyOf(errors));
    }

    private DecisionContent decision(Cells row, List<FieldError> errors) {
        DecisionType type = choice(DecisionType.values(), DecisionType::label, row, "decisionType", errors);
        PartyKind party = choice(PartyKind.values(), PartyKind::label, row, "partyKind", errors);
        BigDecimal fine = FieldParsing.amount(row.get("fineAmount"), header("fineAmount"), "罚款金额", errors);
        BigDecimal confiscated = FieldParsing.amount(row.get("confiscatedAmount"), header("confiscatedAmount"),
                "没收金额", errors);
        LocalDate date = FieldParsing.date(row.get("decisionDate"), header("decisionDate"), "决定日期", errors);
        boolean hearing = yesNo(row, "hearingHeld", errors);
        boolean revoked = yesNo(row, "licenceRevoked", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        String credit = row.get("partyCreditCode");
        return new DecisionContent(row.get("documentNumber"), type, row.get("partyName"), party,
                credit.isEmpty() ? null : credit, null, row.get("facts"), lines(row.get("legalBases")),
                row.get("result"), fine, confiscated, date, hearing, revoked);
    }

    private OfficerContent officer(Cells row, List<FieldError> errors) {
        OfficerStatus status = choice(OfficerStatus.values(), OfficerStatus::label, row, "status", errors);
        LocalDate from = FieldParsing.date(row.get("validFrom"), header("validFrom"), "有效期起", errors);
        LocalDate until = FieldParsing.date(row.get("validUntil"), header("validUntil"), "有效期止", errors);
        boolean legalReviewer = yesNo(row, "legalReviewer", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new OfficerContent(row.get("name"), row.get("certificateNumber"), row.get("category"),
                row.get("regionCode"), row.get("regionName"), status, from, until, legalReviewer);
    }

    private EnforcementItemContent item(Cells row, List<FieldError> errors) {
        DecisionType type = choice(DecisionType.values(), DecisionType::label, row, "itemType", errors);
        Integer days = null;
        String limit = row.get("timeLimitDays");
        if (!limit.isEmpty()) {
            try {
                days = Integer.valueOf(limit);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(header("timeLimitDays"), "办理时限：应为0至3650之间的整数天数"));
            }
        }
        List<String> inspection = List.of("subject", "targets", "content", "ratio", "method", "frequency").stream()
                .map(f -> row.get("randomInspection." + f)).toList();
        if (!errors.isEmpty()) {
            return null;
        }
        RandomInspection random = inspection.stream().allMatch(String::isEmpty) ? null
                : new RandomInspection(inspection.get(0), inspection.get(1), inspection.get(2), inspection.get(3),
                        inspection.get(4), inspection.get(5));
        return new EnforcementItemContent(row.get("code"), row.get("name"), type, row.get("handlingDepartment"),
                lines(row.get("legalBases")), days, row.get("timeLimitNote"), random);
    }

    /** An option given by its Chinese label (as the template shows) or its code name (as an API may send). */
    private <E extends Enum<E>> E choice(E[] options, Function<E, String> label, Cells row, String field,
            List<FieldError> errors) {
        String value = row.get(field);
        for (E option : options) {
            if (label.apply(option).equals(value) || option.name().equals(value)) {
                return option;
            }
        }
        String allowed = Arrays.stream(options).map(label).collect(Collectors.joining("、"));
        errors.add(new FieldError(header(field), header(field) + "：" + (value.isEmpty() ? "必须填写，" : "“" + value
                + "”不是可选的值，") + "应为 " + allowed + " 之一"));
        return null;
    }

    private boolean yesNo(Cells row, String field, List<FieldError> errors) {
        String value = row.get(field);
        if (value.isEmpty() || value.equals("否")) {
            return false;
        }
        if (value.equals("是")) {
            return true;
        }
        errors.add(new FieldError(header(field), header(field) + "：应填“是”或“否”（空为否）"));
        return false;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("[\\n;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String header(String field) {
        String top = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
        return kind.columnOf(top).map(ImportColumn::header).orElse(kind.keyColumn().header());
    }

    /** Cell text by field, stripped; a column the file does not have reads as empty. */
    private final class Cells {
        private final Map<String, String> byHeader;

        Cells(Map<String, String> byHeader) {
            this.byHeader = byHeader;
        }

        String get(String field) {
            String value = byHeader.get(header(field));
            return value == null ? "" : value.strip();
        }
    }
}
