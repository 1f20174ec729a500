package cn.zfgs.portal.cli;

import cn.zfgs.content.demo.BulkDecisionGenerator;
import cn.zfgs.content.demo.DemoAccounts;
import cn.zfgs.content.demo.DemoAgency;
import cn.zfgs.content.editorial.StaffRole;
import cn.zfgs.content.record.ChainVerifier;
import cn.zfgs.content.record.RecordChain;
import cn.zfgs.search.SearchService;
import cn.zfgs.portal.opendata.snapshot.Manifest;
import cn.zfgs.portal.opendata.snapshot.SnapshotService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * 命令行 — the operations staff and auditors run from a shell:
 * {@code java -jar portal/target/quarkus-app/quarkus-run.jar <command>}. Exit code 0 on success, 1 when the check
 * fails, 2 on a usage error.
 */
@ApplicationScoped
public class Commands implements QuarkusApplication {

    private static final long MAX_GENERATED = 10_000_000;

    static final String USAGE = """
            用法：java -jar quarkus-run.jar <命令>
              verify-record             校验全过程记录哈希链，报告第一个断裂处
              generate-decisions <N>    在演示数据之上追加 N 件已公开的执法决定（性能测试用，需库属主账号）
              rebuild-search-index      由发布表重建检索索引（search.directory 所指目录；门户须先停止）
              snapshot-datasets         立即生成全部开放数据集的快照（含记录数和 SHA-256），成为最新快照
            """;

    @Inject
    RecordChain record;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SearchService search;
    @Inject
    SnapshotService snapshots;

    @Override
    public int run(String... args) {
        return run(new PrintStream(System.out, true, StandardCharsets.UTF_8), args);
    }

    int run(PrintStream out, String... args) {
        return switch (args[0]) {
            case "verify-record" -> verifyRecord(out);
            case "generate-decisions" -> generateDecisions(out, args);
            case "rebuild-search-index" -> rebuildSearchIndex(out);
            case "snapshot-datasets" -> snapshotDatasets(out);
            default -> {
                out.print("未知命令：" + args[0] + "\n" + USAGE);
                yield 2;
            }
        };
    }

    private int generateDecisions(PrintStream out, String... args) {
        long count;
        try {
            count = args.length == 2 ? Long.parseLong(args[1]) : -1;
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_GENERATED) {
            out.print("generate-decisions 需要一个 1 至 " + MAX_GENERATED + " 之间的数量\n" + USAGE);
            return 2;
        }
        try {
            BulkDecisionGenerator.Progress done = new BulkDecisionGenerator(dataSource).generate(count,
                    DemoAccounts.holder(DemoAgency.CITY_MARKET, StaffRole.EDITOR).username(),
                    p -> out.printf("已写入 %,d / %,d 件（%,.0f 行/秒）%n", p.decisions(), p.total(), p.rowsPerSecond()));
            out.printf("完成：%,d 件执法决定，%,d 行，用时 %d 秒%n", done.decisions(), done.rows(),
                    done.elapsed().toSeconds());
            return 0;
        } catch (SQLException | IllegalStateException e) {
            out.println("生成失败：" + e.getMessage());
            return 1;
        }
    }

    private int rebuildSearchIndex(PrintStream out) {
        long started = System.nanoTime();
        try {
            long documents = search.rebuild(n -> out.printf("已写入 %,d 个文档%n", n));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("检索索引已重建：%,d 个文档，用时 %.1f 秒（%,.0f 个/秒），已应用发布日志至第 %d 号事件%n", documents,
                    seconds, documents / Math.max(seconds, 1e-3), search.appliedSeq());
            return 0;
        } catch (RuntimeException e) {
            out.println("重建失败：" + rootMessage(e) + "（若门户正在运行并使用同一索引目录，请先停止门户）");
            return 1;
        }
    }

    private int snapshotDatasets(PrintStream out) {
        try {
            Manifest manifest = snapshots.take();
            out.printf("快照 %s 已生成，对应发布日志第 %d 号：%n", manifest.id(), manifest.sequence());
            for (Manifest.DatasetEntry d : manifest.datasets()) {
                out.printf("  %s（%s）：%,d 条，%d 个文件%n", d.title(), d.name(), d.records(), d.files().size());
            }
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            out.println("快照生成失败：" + e.getMessage());
            return 1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private int verifyRecord(PrintStream out) {
        ChainVerifier.Result result = record.verify();
        if (result.intact()) {
            out.println("全过程记录完整：共校验 " + result.checked() + " 条记录，哈希链无断裂。");
            return 0;
        }
        ChainVerifier.Break at = result.firstBreak().orElseThrow();
        out.println("全过程记录校验失败：在第 " + at.seq() + " 条记录处断裂（此前 " + result.checked() + " 条完整）。"
                + at.problem());
        return 1;
    }
}
