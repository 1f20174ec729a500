package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankAccountDetectorTest {

    private final BankAccountDetector detector = new BankAccountDetector();

    @Test
    void cardNumbersThatPassLuhnWithOrWithoutGroups() {
        assertThat(Found.by(detector, "通过银行卡6217007612220294转账")).containsExactly("6217007612220294");
        assertThat(Found.by(detector, "向6228 4887 7065 8948 112汇款")).containsExactly("6228 4887 7065 8948 112");
        assertThat(Found.by(detector, "转入9558808897514026146")).containsExactly("9558808897514026146");
    }

    @Test
    void anyNumberIntroducedAsAnAccount() {
        assertThat(Found.by(detector, "收款账号：36050161234567")).containsExactly("36050161234567");
        assertThat(Found.by(detector, "账户为 1502 0012 3400 5678，")).containsExactly("1502 0012 3400 5678");
        assertThat(Found.by(detector, "账户（开户行：中国农业银行进贤支行）6228480012345678")).hasSize(1);
    }

    @Test
    void numbersThatFailLuhnOrAreSomethingElseStay() {
        assertThat(Found.by(detector, "转入6217007612220295")).as("Luhn").isEmpty();
        assertThat(Found.by(detector, "案件编号6217007612220294")).as("a case number").isEmpty();
        assertThat(Found.by(detector, "身份证号360102195607018403")).as("an ID number").isEmpty();
        assertThat(Found.by(detector, "罚款1,234,567.89元，账户余额不足")).isEmpty();
        assertThat(Found.by(detector, "药品批准文号国药准字H20023456")).isEmpty();
    }

    @Test
    void luhn() {
        assertThat(BankAccountDetector.luhn("4111111111111111")).isTrue();
        assertThat(BankAccountDetector.luhn("4111111111111112")).isFalse();
    }
}
