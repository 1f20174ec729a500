package cn.zfgs.content.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the whole shared data set (≈1,000 files) when it is present next to the
 * project ({@code ../shared/data/laws}); skipped elsewhere. It shows the parser copes with every
 * variant in the source, not only with the 34 shipped files.
 */
class SharedCorpusTest {

    private static Path corpus() {
        String configured = System.getProperty("zfgs.laws.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String candidate : List.of("../shared/data/laws", "../../shared/data/laws")) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void everyFileParsesOrFailsForAKnownReason() throws IOException {
        Path root = corpus();
        assumeTrue(root != null, "shared law corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int parsed = 0;
        int articles = 0;
        List<String> undated = new ArrayList<>();
        List<String> withoutArticles = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Path f : files) {
            try {
                Law law = LawParser.parse(root, f);
                parsed++;
                articles += law.articles().size();
            } catch (LawFormatException e) {
                if (e.problem().startsWith("文件名缺少版本日期")) {
                    undated.add(e.source());
                } else if (e.problem().startsWith("没有找到任何条文")) {
                    withoutArticles.add(e.source());
                } else {
                    other.add(e.getMessage());
                }
            }
        }
        System.out.printf("corpus: %d files, %d parsed (%d articles), %d undated, %d without articles%n",
                files.size(), parsed, articles, undated.size(), withoutArticles.size());
        assertThat(other).isEmpty();
        // 刑法, 宪法 and their amendments carry no version date in the file name; old notices and
        // the amendment acts have numbered points (一、二、) rather than articles
        assertThat(undated).allMatch(p -> p.startsWith("刑法/") || p.startsWith("宪法/"));
        assertThat(parsed).isGreaterThan(950);
    }

    @Test
    void criminalLawHasArticlesWithSuffixes() throws IOException {
        Path root = corpus();
        assumeTrue(root != null, "shared law corpus not present");
        Path file = root.resolve("刑法/刑法.md");
        assumeTrue(Files.exists(file));
        // the file name has no date; give it one to parse it
        Law law = LawParser.parse("刑法/刑法(2020-12-26).md", Files.readString(file, StandardCharsets.UTF_8));
        Article a = law.article(ArticleNumber.parse("第一百四十二条之一")).orElseThrow();
        assertThat(a.text()).startsWith("违反药品管理法规，有下列情形之一");
        assertThat(a.part()).hasValueSatisfying(p -> assertThat(p).startsWith("第二编"));
        assertThat(a.chapter()).contains("第三章 破坏社会主义市场经济秩序罪");
        int i = law.articles().indexOf(a);
        assertThat(law.articles().get(i - 1).label()).isEqualTo("第一百四十二条");
        assertThat(law.articles().get(i + 1).label()).isEqualTo("第一百四十三条");
        assertThat(law.articles()).filteredOn(x -> x.number().hasSuffix()).hasSizeGreaterThan(50);
        assertThat(LawCatalogue.of(List.of(law)).check("《刑法》第一百二十条之六").isValid()).isTrue();
    }
}
