package cn.zfgs.portal.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The application's entry point. Without arguments it serves the portal; with a command it runs that command
 * against the configured database and exits, without opening the HTTP port (so it can run beside a live portal).
 */
@QuarkusMain
public final class PortalMain {

    private PortalMain() {
    }

    public static void main(String... args) {
        if (args.length > 0) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.level", "WARN");
            // A command must not start following the publication log into the read models a running portal holds.
            System.setProperty("search.follow", "false");
            System.setProperty("opendata.background-jobs", "false");
            Quarkus.run(Commands.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
