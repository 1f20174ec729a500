package cn.zfgs.portal.demo;

import cn.zfgs.content.demo.DemoContentLoader;
import cn.zfgs.portal.config.PortalConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Fills an empty database with the demo content at start-up when {@code portal.demo-data} is on. */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class);

    @Inject
    PortalConfig config;
    @Inject
    DemoContentLoader loader;

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        long started = System.nanoTime();
        if (loader.loadIfEmpty()) {
            LOG.infof("演示数据已写入（%d 毫秒）", (System.nanoTime() - started) / 1_000_000);
        } else {
            LOG.info("数据库中已有执法主体，未写入演示数据");
        }
    }
}
