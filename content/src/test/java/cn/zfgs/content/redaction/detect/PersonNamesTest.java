package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.PartyKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void theNaturalPersonPartyIsHiddenEverywhereSurnameKept() {
        Set<String> names = PersonNames.of(PartyKind.NATURAL_PERSON, "王建国", List.of("当事人王建国，男。"));
        assertThat(names).containsExactly("王建国");
        PersonNameDetector detector = new PersonNameDetector(names);
        assertThat(Found.by(detector, "经询问，王建国对上述事实供认不讳。决定对王建国罚款。"))
                .containsExactly("王建国", "王建国");
        assertThat(PersonNames.redacted("王建国")).isEqualTo("王某某");
        assertThat(PersonNames.redacted("李芳")).isEqualTo("李某");
        assertThat(PersonNames.redacted("欧阳明华")).isEqualTo("欧阳某某");
        assertThat(PersonNames.redacted("买买提·艾力")).isEqualTo("买买提·某某");
    }

    @Test
    void aPartyFieldWithAnnotationGivesTheBareName() {
        assertThat(PersonNames.partyPersonName("李芳（女）")).isEqualTo("李芳");
        assertThat(PersonNames.partyPersonName("李某")).isNull();
        assertThat(PersonNames.partyPersonName("")).isNull();
    }

    @Test
    void namesAfterCuesForPersonsAndTheirBusinesses() {
        assertThat(PersonNames.of(PartyKind.INDIVIDUAL_BUSINESS, "进贤县民和王记副食店（经营者：王建国）",
                List.of("经营者王建国对上述事实无异议。")))
                .containsExactly("王建国");
        assertThat(PersonNames.cued("法定代表人：欧阳明华，")).containsExactly("欧阳明华");
        assertThat(PersonNames.cued("业主：刘芳承认")).containsExactly("刘芳承");
        assertThat(PersonNames.cued("经营者刘芳于2024年")).containsExactly("刘芳");
    }

    @Test
    void runningTextAfterACueIsNoName() {
        assertThat(PersonNames.cued("食品经营者应当查验供货者的许可证。")).isEmpty();
        assertThat(PersonNames.cued("经本局负责人集体讨论决定")).isEmpty();
        assertThat(PersonNames.cued("食品经营者应当对其进行")).isEmpty();
        assertThat(PersonNames.cued("经营者王某对此无异议")).isEmpty();
    }

    @Test
    void companiesAndTheirRepresentativesAreNotRedacted() {
        assertThat(PersonNames.of(PartyKind.LEGAL_PERSON, "江西某某医药有限公司",
                List.of("法定代表人：张三。"))).isEmpty();
    }
}
