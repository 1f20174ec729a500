package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.CreditCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdNumberDetectorTest {

    private final IdNumberDetector detector = new IdNumberDetector();

    @Test
    void findsValidEighteenCharacterNumbersIncludingTheXCheck() {
        assertThat(Found.by(detector, "当事人王某，公民身份号码：360102195607018403，住址：……"))
                .containsExactly("360102195607018403");
        assertThat(Found.by(detector, "身份证号43010419690406038X。")).containsExactly("43010419690406038X");
        assertThat(Found.by(detector, "身份证号43010419690406038x。")).containsExactly("43010419690406038x");
    }

    @Test
    void proposesAMaskOfTheSameLength() {
        List<Finding> out = new ArrayList<>();
        detector.find("号码360102195607018403", out);
        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.replacement()).isEqualTo("×".repeat(18));
            assertThat(f.start()).isEqualTo(2);
        });
    }

    @Test
    void aWrongCheckDigitAWrongDateOrANonProvinceIsNotSuggested() {
        assertThat(Found.by(detector, "身份证号360102195607018404")).as("check digit").isEmpty();
        assertThat(Found.by(detector, "编号360102195613018401")).as("month 13").isEmpty();
        assertThat(Found.by(detector, "编号990102195607018403")).as("province 99").isEmpty();
    }

    @Test
    void aNumberInsideALongerCodeIsNotAnIdNumber() {
        assertThat(Found.by(detector, "单号A360102195607018403")).isEmpty();
        assertThat(Found.by(detector, "单号3601021956070184031")).isEmpty();
    }

    @Test
    void fullWidthDigitsAreRead() {
        assertThat(Found.by(detector, "身份证号３６０１０２１９５６０７０１８４０３")).hasSize(1);
    }

    @Test
    void legacyFifteenDigitNumbersWithARealBirthDate() {
        assertThat(Found.by(detector, "原身份证号码450103571015079。")).containsExactly("450103571015079");
        assertThat(Found.by(detector, "号码450103571315079。")).as("month 13").isEmpty();
        assertThat(Found.by(detector, "营业执照注册号450103571015079。")).as("a registration number").isEmpty();
    }

    @Test
    void creditCodesDocumentNumbersAndAmountsStay() {
        String code = "91360100MA35XK2Q4" + CreditCode.checkCharacter("91360100MA35XK2Q4");
        assertThat(Found.by(detector, "统一社会信用代码：" + code + "，")).isEmpty();
        String digitsOnly = "1136010000000000" + "0";
        assertThat(Found.by(detector, "统一社会信用代码：" + digitsOnly + CreditCode.checkCharacter(digitsOnly)))
                .isEmpty();
        assertThat(Found.by(detector, "赣市监罚〔2024〕360100202400123号，罚款1,234,567.89元，"
                + "依据GB 2760-2014，生产日期20240315。")).isEmpty();
    }
}
