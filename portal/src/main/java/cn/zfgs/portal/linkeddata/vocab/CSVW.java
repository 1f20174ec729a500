package cn.zfgs.portal.linkeddata.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C CSV on the Web: the data dictionary of each dataset (its table schema and columns) in the DCAT description. */
public final class CSVW {

    public static final String NS = "http://www.w3.org/ns/csvw#";

    public static final Resource Schema = ResourceFactory.createResource(NS + "Schema");
    public static final Resource Column = ResourceFactory.createResource(NS + "Column");
    public static final Property tableSchema = ResourceFactory.createProperty(NS + "tableSchema");
    public static final Property column = ResourceFactory.createProperty(NS + "column");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property titles = ResourceFactory.createProperty(NS + "titles");
    public static final Property datatype = ResourceFactory.createProperty(NS + "datatype");

    private CSVW() {
    }
}
