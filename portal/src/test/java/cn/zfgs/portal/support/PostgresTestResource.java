package cn.zfgs.portal.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every Quarkus test of the module. */
@QuarkusTestResource(TestDatabase.class)
public class PostgresTestResource {
}
