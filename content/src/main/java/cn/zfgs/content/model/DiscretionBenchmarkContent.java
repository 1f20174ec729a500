package cn.zfgs.content.model;

import java.util.List;

/** 裁量基准 — how an agency grades the penalty for one violation by its circumstances. */
public record DiscretionBenchmarkContent(
        String title,
        String violation,
        List<String> legalBases,
        List<Level> levels) implements Content {

    /** 裁量阶次 — a grade of circumstances (轻微, 一般, 较重, 严重) and the penalty it calls for. */
    public record Level(String grade, String circumstances, String penalty) {
    }

    public DiscretionBenchmarkContent {
        legalBases = List.copyOf(legalBases);
        levels = List.copyOf(levels);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.DISCRETION_BENCHMARK;
    }
}
