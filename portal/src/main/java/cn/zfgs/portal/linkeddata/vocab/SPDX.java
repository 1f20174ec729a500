package cn.zfgs.portal.linkeddata.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SPDX, as DCAT-AP uses it for the checksum of a distribution. */
public final class SPDX {

    public static final String NS = "http://spdx.org/rdf/terms#";

    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");
    public static final Resource checksumAlgorithmSha256 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha256");
    public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");
    public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");
    public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");

    private SPDX() {
    }
}
