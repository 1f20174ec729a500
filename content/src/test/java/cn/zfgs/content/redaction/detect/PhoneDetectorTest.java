package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void mobileNumbersPlainGroupedAndWithCountryCode() {
        assertThat(Found.by(detector, "联系电话：13673695801。")).containsExactly("13673695801");
        assertThat(Found.by(detector, "手机136-7369-5801，")).containsExactly("136-7369-5801");
        assertThat(Found.by(detector, "手机 136 7369 5801，")).containsExactly("136 7369 5801");
        assertThat(Found.by(detector, "电话+86 13673695801")).containsExactly("13673695801");
        assertThat(Found.by(detector, "其手机号为19960324287")).containsExactly("19960324287");
    }

    @Test
    void fixedLinesWithAreaCodeAndExtension() {
        assertThat(Found.by(detector, "座机0791-86123456，")).containsExactly("0791-86123456");
        assertThat(Found.by(detector, "电话010-62345678转801。")).containsExactly("010-62345678转801");
        assertThat(Found.by(detector, "电话（0791）86123456。")).containsExactly("（0791）86123456");
        assertThat(Found.by(detector, "电话(0797)8123456，")).containsExactly("(0797)8123456");
    }

    @Test
    void aLocalNumberCountsOnlyAfterAPhoneCue() {
        assertThat(Found.by(detector, "联系电话：86123456。")).containsExactly("86123456");
        assertThat(Found.by(detector, "货值金额86123456元")).isEmpty();
        assertThat(Found.by(detector, "批号86123456，")).isEmpty();
    }

    @Test
    void lookAlikesStay() {
        assertThat(Found.by(detector, "罚款13800000000元")).as("an amount").isEmpty();
        assertThat(Found.by(detector, "赣市监罚〔2024〕13800138000号")).as("a document number").isEmpty();
        assertThat(Found.by(detector, "身份证号360102195607018403")).as("digits inside an ID").isEmpty();
        assertThat(Found.by(detector, "依据第13800138000条")).isEmpty();
        assertThat(Found.by(detector, "拨打12345政务服务便民热线或12315投诉")).as("public hotlines").isEmpty();
        assertThat(Found.by(detector, "GB 2760-2014和GB 14881-2013")).as("standards").isEmpty();
        assertThat(Found.by(detector, "2024-03-15")).as("a date").isEmpty();
        assertThat(Found.by(detector, "12345678901")).as("no mobile starts with 12").isEmpty();
    }
}
