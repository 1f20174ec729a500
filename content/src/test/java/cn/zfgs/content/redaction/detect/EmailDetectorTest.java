package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @Test
    void findsAddressesInChineseText() {
        assertThat(Found.by(detector, "电子邮箱：wang.jianguo_1985@163.com，")).containsExactly("wang.jianguo_1985@163.com");
        assertThat(Found.by(detector, "邮箱li-fang@mail.example.com.cn。")).containsExactly("li-fang@mail.example.com.cn");
    }

    @Test
    void somethingThatIsNotAnAddressStays() {
        assertThat(Found.by(detector, "在@某平台发布")).isEmpty();
        assertThat(Found.by(detector, "user@localhost")).isEmpty();
        assertThat(Found.by(detector, "a@b.1")).isEmpty();
        assertThat(Found.by(detector, "结尾@")).isEmpty();
    }
}
