package cn.zfgs.content.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 法律法规目录 — the laws the portal knows, looked up by title (full or short, with or without
 * 《》), searched by title fragment, and used to check cited legal bases (执法依据).
 *
 * <p>Immutable and thread-safe. Several versions of one law may be present; lookups by title
 * answer with the latest, while {@link #byId} reaches any version.
 */
public final class LawCatalogue {

    /** Classpath folder of the shipped texts; its {@code index.txt} lists them. */
    public static final String SHIPPED_FOLDER = "laws";

    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\u00A0\\u200B]+");

    private final List<Law> laws;
    private final List<Law> current;
    private final Map<String, List<Law>> byKey;
    private final Map<String, Law> byId;

    private LawCatalogue(Collection<Law> all) {
        this.laws = List.copyOf(all);
        Map<String, List<Law>> keyed = new HashMap<>();
        Map<String, Law> ids = new HashMap<>();
        for (Law law : laws) {
            if (ids.putIfAbsent(law.id(), law) != null) {
                throw new IllegalArgumentException("法律法规目录中重复：" + law.id()
                        + "（" + ids.get(law.id()).sourcePath() + " 与 " + law.sourcePath() + "）");
            }
            keyed.computeIfAbsent(key(law.title()), k -> new ArrayList<>()).add(law);
        }
        keyed.replaceAll((k, versions) -> {
            versions.sort(Comparator.comparing(Law::versionDate));
            return List.copyOf(versions);
        });
        this.byKey = keyed;
        this.byId = ids;
        List<Law> latest = new ArrayList<>();
        for (Law law : laws) {
            List<Law> versions = keyed.get(key(law.title()));
            if (versions.get(versions.size() - 1) == law) {
                latest.add(law);
            }
        }
        this.current = List.copyOf(latest);
    }

    /** The laws shipped with the product (classpath {@code laws/index.txt}), loaded once. */
    public static LawCatalogue shipped() {
        return Shipped.INSTANCE;
    }

    /** A catalogue of the given laws, e.g. for tests or a catalogue extended by staff. */
    public static LawCatalogue of(Collection<Law> laws) {
        return new LawCatalogue(laws);
    }

    /**
     * Loads the laws listed in {@code <folder>/index.txt} from the classpath. The index is one
     * path a line relative to the folder; blank lines and lines starting with # are skipped.
     * A directory inside a jar cannot be listed reliably, hence the index.
     *
     * @throws IllegalStateException if the index or a listed file is missing or does not parse
     */
    public static LawCatalogue load(ClassLoader loader, String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        List<Law> laws = new ArrayList<>();
        for (String path : readIndex(loader, base)) {
            String text = readResource(loader, base + path, "（" + base + "index.txt 中列出）");
            try {
                laws.add(LawParser.parse(path, text));
            } catch (LawFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return new LawCatalogue(laws);
    }

    private static List<String> readIndex(ClassLoader loader, String base) {
        List<String> paths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : readResource(loader, base + "index.txt", "").split("\\R")) {
            String p = LawParser.clean(line);
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            if (!seen.add(p)) {
                throw new IllegalStateException(base + "index.txt 重复列出：" + p);
            }
            paths.add(p);
        }
        return paths;
    }

    private static String readResource(ClassLoader loader, String name, String hint) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("找不到法律文本资源：" + name + hint);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("读取法律文本资源失败：" + name, e);
        }
    }

    /** Every law and version, in the order given (the index order for the shipped catalogue). */
    public List<Law> laws() {
        return laws;
    }

    /** The latest version of each law, in catalogue order. */
    public List<Law> currentLaws() {
        return current;
    }

    /**
     * The latest version of the law with this title: 药品管理法, 《药品管理法》,
     * 中华人民共和国药品管理法 and 《中华人民共和国药品管理法》 all find the same law.
     */
    public Optional<Law> law(String title) {
        List<Law> versions = versions(title);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** All versions of the law with this title, oldest first; empty if unknown. */
    public List<Law> versions(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        return byKey.getOrDefault(key(title), List.of());
    }

    /** A specific version by its {@link Law#id()}, e.g. 药品管理法-2019-08-26. */
    public Optional<Law> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The article of the latest version of the law, if both exist. */
    public Optional<Article> article(String lawTitle, ArticleNumber number) {
        return law(lawTitle).flatMap(l -> l.article(number));
    }

    public Optional<Article> article(LegalBasis basis) {
        return article(basis.lawTitle(), basis.article());
    }

    /**
     * Current laws whose title contains {@code fragment} (for a picker): exact title first, then
     * titles starting with the fragment, then the rest; shorter titles first within each group.
     * A blank fragment lists all current laws.
     */
    public List<Law> search(String fragment) {
        if (fragment == null || fragment.isBlank()) {
            return current;
        }
        String f = key(fragment);
        if (f.isEmpty()) {
            return current;
        }
        List<Law> hits = new ArrayList<>();
        for (Law law : current) {
            if (key(law.title()).contains(f)) {
                hits.add(law);
            }
        }
        hits.sort(Comparator.<Law>comparingInt(l -> rank(key(l.title()), f))
                .thenComparingInt(l -> l.shortTitle().length()));
        return List.copyOf(hits);
    }

    private static int rank(String title, String fragment) {
        return title.equals(fragment) ? 0 : title.startsWith(fragment) ? 1 : 2;
    }

    /**
     * Checks a citation such as 《中华人民共和国药品管理法》第一百一十五条 or 《药品管理法》第115条.
     * Never throws for bad input: the result carries a Chinese message instead.
     */
    public LegalBasisCheck check(String citation) {
        LegalBasis basis;
        try {
            basis = LegalBasis.parse(citation);
        } catch (IllegalArgumentException e) {
            return LegalBasisCheck.rejected(citation, e.getMessage());
        }
        return check(basis, citation);
    }

    /** Checks a stored legal basis, e.g. after the catalogue has been updated to a new version. */
    public LegalBasisCheck check(LegalBasis basis) {
        return check(basis, basis.citation());
    }

    private LegalBasisCheck check(LegalBasis basis, String input) {
        Optional<Law> law = law(basis.lawTitle());
        if (law.isEmpty()) {
            return LegalBasisCheck.rejected(input, "未找到法律《" + basis.lawTitle() + "》");
        }
        Optional<Article> article = law.get().article(basis.article());
        if (article.isEmpty()) {
            return LegalBasisCheck.rejected(input, "《" + law.get().shortTitle() + "》没有" + basis.article().label());
        }
        return LegalBasisCheck.resolved(input, law.get(), article.get());
    }

    /**
     * The lookup key of a title: no blanks, no surrounding 《》, 〈〉 read as 《》, and no
     * 中华人民共和国 anywhere (titles drop it inconsistently: 实施《中华人民共和国药品管理法》办法
     * is filed as 实施《药品管理法》办法).
     */
    static String key(String title) {
        String t = BLANKS.matcher(title).replaceAll("").replace('〈', '《').replace('〉', '》');
        if (t.length() >= 2 && t.charAt(0) == '《' && t.charAt(t.length() - 1) == '》') {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace(Law.PRC_PREFIX, "");
    }

    @Override
    public String toString() {
        return "LawCatalogue(" + laws.size() + " laws)";
    }

    /** Loaded on first use; class initialisation makes it thread-safe without locking. */
    private static final class Shipped {
        static final LawCatalogue INSTANCE = load(LawCatalogue.class.getClassLoader(), SHIPPED_FOLDER);
    }
}
