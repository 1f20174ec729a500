package cn.zfgs.content.editorial;

/** 岗位角色 — what a staff member may do in the workflow. */
public enum StaffRole {
    EDITOR("承办人"),
    REVIEWER("审核人"),
    LEGAL_REVIEWER("法制审核人员"),
    APPROVER("负责人"),
    ADMINISTRATOR("系统管理员");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
