package cn.zfgs.portal.procedures;

import cn.zfgs.content.model.FlowchartContent.Branch;
import cn.zfgs.content.model.FlowchartContent.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlowchartDrawingTest {

    private static final List<Step> STEPS = List.of(
            new Step("a", "受理审查", "政务服务窗口", "当场或者五日内",
                    List.of(new Branch("b", "材料齐全"), new Branch("c", "不属于本机关职权范围，告知向有关机关申请"))),
            new Step("b", "作出决定", "行政机关负责人", "", List.of(new Branch("a", "申请人补正后"))),
            new Step("c", "不予受理", "", "", List.of()));

    @Test
    void boxesStackTopToBottomWithoutOverlapping() {
        var d = FlowchartDrawing.draw(STEPS);
        assertThat(d.boxes()).extracting(FlowchartDrawing.Box::id).containsExactly("a", "b", "c");
        for (int i = 1; i < d.boxes().size(); i++) {
            var above = d.boxes().get(i - 1);
            assertThat(d.boxes().get(i).y()).isGreaterThan(above.y() + above.height());
        }
        var last = d.boxes().get(2);
        assertThat(d.height()).isGreaterThanOrEqualTo(last.y() + last.height());
        assertThat(last.end()).isTrue();
    }

    @Test
    void theNextStepIsStraightDownAndOthersTakeALaneWithTheirCondition() {
        var d = FlowchartDrawing.draw(STEPS);
        assertThat(d.arrows()).hasSize(3);
        var down = d.arrows().get(0);
        assertThat(down.path()).matches("M\\d+ \\d+ V\\d+");
        assertThat(down.label()).extracting(FlowchartDrawing.Text::text).containsExactly("材料齐全");
        var side = d.arrows().get(1);
        assertThat(side.path()).matches("M\\d+ \\d+ H\\d+ V\\d+ H\\d+");
        assertThat(side.condition()).isEqualTo("不属于本机关职权范围，告知向有关机关申请");
        assertThat(side.label()).extracting(FlowchartDrawing.Text::text)
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(11))
                .satisfies(lines -> assertThat(String.join("", lines)).isEqualTo(side.condition()));
        assertThat(d.width()).isGreaterThan(FlowchartDrawing.BOX_X + FlowchartDrawing.BOX_WIDTH);
    }

    @Test
    void sideConditionsAreWrappedWholeInsideTheirBoxWithoutOverlapping() {
        var d = FlowchartDrawing.draw(List.of(
                new Step("a", "审查", "", "", List.of(
                        new Branch("c", "申请材料不齐全或者不符合法定形式，一次告知需要补正的全部内容"),
                        new Branch("d", "申请事项依法不需要取得行政许可的，即时告知申请人不予受理"))),
                new Step("b", "决定", "", "", List.of()),
                new Step("c", "补正", "", "", List.of()),
                new Step("d", "不予受理", "", "", List.of())));
        var box = d.boxes().get(0);
        double previousBottom = box.y();
        for (var arrow : d.arrows()) {
            assertThat(String.join("", arrow.label().stream().map(FlowchartDrawing.Text::text).toList()))
                    .isEqualTo(arrow.condition());
            int exit = Integer.parseInt(arrow.path().split(" ")[1]);
            assertThat(exit).isBetween(box.y(), box.y() + box.height());
            double firstLineTop = arrow.label().get(0).y() - FlowchartDrawing.META_SIZE;
            assertThat(firstLineTop).as("label starts below the previous exit").isGreaterThanOrEqualTo(previousBottom);
            assertThat(arrow.label().get(arrow.label().size() - 1).y()).isLessThan(exit);
            previousBottom = exit;
        }
    }

    @Test
    void longLabelsWrapAndLatinCountsHalf() {
        assertThat(FlowchartDrawing.wrap("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
        assertThat(FlowchartDrawing.wrap("abcdefgh", 4)).containsExactly("abcdefg", "h");
        var d = FlowchartDrawing.draw(List.of(new Step("x", "实施：两名以上执法人员出示证件，通知当事人到场，告知理由、依据、权利和救济途径",
                "执法人员", "", List.of())));
        assertThat(d.boxes().get(0).lines().stream().filter(t -> t.size() == FlowchartDrawing.LABEL_SIZE)).hasSize(2);
    }
}
