package cn.zfgs.portal.site;

import cn.zfgs.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** 站点信息 — what the layout shows on every page, from {@link PortalConfig}; templates read it as {@code inject:site}. */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    @Inject
    PortalConfig config;

    public String name() {
        return config.name();
    }

    public String operator() {
        return config.operator();
    }

    public String contactPhone() {
        return config.contactPhone();
    }

    public String complaintChannel() {
        return config.complaintChannel();
    }

    /** The configured public address, for the absolute links a PDF prints. */
    public String baseUrl() {
        return config.baseUrl();
    }
}
