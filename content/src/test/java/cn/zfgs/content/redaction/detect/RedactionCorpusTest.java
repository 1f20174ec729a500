package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.DecisionContent;
import cn.zfgs.content.model.DecisionType;
import cn.zfgs.content.model.PartyKind;
import cn.zfgs.content.redaction.RedactionCategory;
import cn.zfgs.content.redaction.RedactionSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the detectors on the labelled corpus ({@code redaction/corpus.txt}: 50+ decision texts of
 * many agencies and case types, with planted personal data and look-alikes that must stay). A planted value counts as
 * found when the suggested spans cover all of it; a suggestion is right when it overlaps a planted value. The table is
 * written to {@code target/redaction-corpus.md} for docs/BENCHMARKS.md.
 */
class RedactionCorpusTest {

    private static final Pattern MARK = Pattern.compile("\\[\\[(.):([^\\]]+)]]");
    private static final Map<String, RedactionCategory> MARKS = Map.of("名", RedactionCategory.PERSON_NAME,
            "证", RedactionCategory.ID_NUMBER, "电", RedactionCategory.PHONE, "邮", RedactionCategory.EMAIL,
            "卡", RedactionCategory.BANK_ACCOUNT, "址", RedactionCategory.ADDRESS, "牌", RedactionCategory.LICENCE_PLATE);
    private static final List<RedactionCategory> REPORTED = List.of(RedactionCategory.PERSON_NAME,
            RedactionCategory.ID_NUMBER, RedactionCategory.PHONE, RedactionCategory.BANK_ACCOUNT,
            RedactionCategory.EMAIL, RedactionCategory.ADDRESS, RedactionCategory.LICENCE_PLATE);

    /** One labelled document: its content (markup removed) and the planted spans. */
    record Labelled(String title, DecisionContent content, List<RedactionSpan> gold) {
    }

    /** Counts of one category. */
    static final class Score {
        int planted;
        int found;
        int suggested;
        int right;

        double recall() {
            return planted == 0 ? 1 : (double) found / planted;
        }

        double precision() {
            return suggested == 0 ? 1 : (double) right / suggested;
        }
    }

    @Test
    void theDetectorsMeetTheirTargetsOnTheLabelledCorpus() throws IOException {
        List<Labelled> corpus = corpus();
        Map<RedactionCategory, Score> scores = new EnumMap<>(RedactionCategory.class);
        REPORTED.forEach(c -> scores.put(c, new Score()));
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Labelled doc : corpus) {
            List<RedactionSpan> suggested = RedactionSuggester.suggest(doc.content());
            for (RedactionSpan g : doc.gold()) {
                Score s = scores.get(g.category());
                s.planted++;
                if (covered(g, suggested)) {
                    s.found++;
                } else {
                    missed.add(doc.title() + " " + g.category() + " " + text(doc, g));
                }
            }
            for (RedactionSpan s : suggested) {
                Score score = scores.get(s.category());
                score.suggested++;
                if (doc.gold().stream().anyMatch(s::overlaps)) {
                    score.right++;
                } else {
                    wrong.add(doc.title() + " " + s.category() + " " + text(doc, s));
                }
            }
        }
        Score total = new Score();
        scores.values().forEach(s -> {
            total.planted += s.planted;
            total.found += s.found;
            total.suggested += s.suggested;
            total.right += s.right;
        });
        writeTable(corpus.size(), scores, total);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
        assertThat(scores.values()).allSatisfy(s -> assertThat(s.planted).isPositive());
        for (RedactionCategory full : List.of(RedactionCategory.ID_NUMBER, RedactionCategory.PHONE,
                RedactionCategory.BANK_ACCOUNT, RedactionCategory.PERSON_NAME)) {
            assertThat(scores.get(full).recall()).as("recall of %s; missed: %s", full, missed).isEqualTo(1.0);
        }
        assertThat(scores.get(RedactionCategory.ADDRESS).recall()).as("address recall; missed: %s", missed)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(total.precision()).as("overall precision; wrong: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean covered(RedactionSpan gold, List<RedactionSpan> suggested) {
        for (int i = gold.start(); i < gold.end(); i++) {
            int at = i;
            if (suggested.stream().noneMatch(s -> s.field().equals(gold.field()) && s.start() <= at && at < s.end())) {
                return false;
            }
        }
        return true;
    }

    private static String text(Labelled doc, RedactionSpan s) {
        return "“" + doc.content().redactableFields().get(s.field()).substring(s.start(), s.end()) + "”";
    }

    private static void writeTable(int documents, Map<RedactionCategory, Score> scores, Score total)
            throws IOException {
        StringBuilder table = new StringBuilder("| 类别 | 标注数 | 检出（召回） | 召回率 | 建议数 | 正确 | 精确率 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((category, s) -> table.append(row(category.label() + " " + category.name(), s)));
        table.append(row("合计 overall", total));
        Path out = Path.of("target", "redaction-corpus.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, documents + " documents\n\n" + table);
    }

    private static String row(String name, Score s) {
        return String.format("| %s | %d | %d | %.1f%% | %d | %d | %.1f%% |%n", name, s.planted, s.found,
                100 * s.recall(), s.suggested, s.right, 100 * s.precision());
    }

    /** The corpus file parsed: markup removed, each mark a gold span at its place in the plain text. */
    static List<Labelled> corpus() throws IOException {
        String all;
        try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("/redaction/corpus.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Labelled> docs = new ArrayList<>();
        for (String block : all.split("\n=== ")) {
            if (!block.contains("\nkind: ")) {
                continue;
            }
            String[] lines = block.split("\n");
            Map<String, String> fields = new java.util.HashMap<>();
            for (String line : lines) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    fields.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
            List<RedactionSpan> gold = new ArrayList<>();
            String party = plain(DecisionContent.PARTY_NAME, fields.get("party"), gold);
            String facts = plain(DecisionContent.FACTS, fields.get("facts"), gold);
            String result = plain(DecisionContent.RESULT, fields.get("result"), gold);
            PartyKind kind = PartyKind.valueOf(fields.get("kind"));
            DecisionContent content = new DecisionContent("语料〔2024〕" + docs.size() + "号", DecisionType.PENALTY,
                    party, kind, null, null, facts, List.of(), result, null, null, null, false, false);
            docs.add(new Labelled(lines[0], content, gold));
        }
        return docs;
    }

    private static String plain(String field, String marked, List<RedactionSpan> gold) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARK.matcher(marked);
        int at = 0;
        while (m.find()) {
            out.append(marked, at, m.start());
            RedactionCategory category = MARKS.get(m.group(1));
            gold.add(new RedactionSpan(field, out.length(), m.group(2).length(), category, "×"));
            out.append(m.group(2));
            at = m.end();
        }
        return out.append(marked.substring(at)).toString();
    }
}
