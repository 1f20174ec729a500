package cn.zfgs.portal.linkeddata.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * 本平台词汇 — the terms of our own vocabulary, for what W3C ORG, schema.org, ELI, PROV-O and DCAT have no word
 * for (a 文号, a 执法证号, the random-inspection attributes). Its namespace is independent of the deployment's
 * address, so that data from several portals can be merged. Every prefix the portal writes is declared here too.
 */
public final class ZFGS {

    /** Namespace of our vocabulary (a permanent-identifier address, not a deployment's host). */
    public static final String NS = "https://w3id.org/zfgs/def#";

    /** Prefixes written at the top of every Turtle and JSON-LD document, in this order. */
    public static final java.util.Map<String, String> PREFIXES = prefixes();

    public static final Resource EnforcementDecision = resource("EnforcementDecision");
    public static final Resource EnforcementItem = resource("EnforcementItem");
    public static final Resource EnforcementOfficer = resource("EnforcementOfficer");
    public static final Resource ServiceGuide = resource("ServiceGuide");
    public static final Resource Withdrawal = resource("Withdrawal");

    public static final Property documentNumber = property("documentNumber");
    public static final Property decisionType = property("decisionType");
    public static final Property partyName = property("partyName");
    public static final Property partyKind = property("partyKind");
    public static final Property partyCreditCode = property("partyCreditCode");
    public static final Property enforcementItem = property("enforcementItem");
    public static final Property facts = property("facts");
    public static final Property legalBasis = property("legalBasis");
    public static final Property legalBasisText = property("legalBasisText");
    public static final Property result = property("result");
    public static final Property fineAmount = property("fineAmount");
    public static final Property confiscatedAmount = property("confiscatedAmount");
    public static final Property decisionDate = property("decisionDate");
    public static final Property version = property("version");
    public static final Property currentVersion = property("currentVersion");
    public static final Property changeNote = property("changeNote");

    public static final Property certificateNumber = property("certificateNumber");
    public static final Property enforcementCategory = property("enforcementCategory");
    public static final Property officerStatus = property("officerStatus");
    public static final Property legalReviewer = property("legalReviewer");
    public static final Property regionCode = property("regionCode");
    public static final Property regionName = property("regionName");

    public static final Property itemCode = property("itemCode");
    public static final Property itemType = property("itemType");
    public static final Property handlingDepartment = property("handlingDepartment");
    public static final Property timeLimitDays = property("timeLimitDays");
    public static final Property timeLimitNote = property("timeLimitNote");
    public static final Property randomInspection = property("randomInspection");
    public static final Property inspectionSubject = property("inspectionSubject");
    public static final Property inspectionTargets = property("inspectionTargets");
    public static final Property inspectionContent = property("inspectionContent");
    public static final Property inspectionRatio = property("inspectionRatio");
    public static final Property inspectionMethod = property("inspectionMethod");
    public static final Property inspectionFrequency = property("inspectionFrequency");

    public static final Property agencyLevel = property("agencyLevel");
    public static final Property legalAuthority = property("legalAuthority");
    public static final Property officeHours = property("officeHours");
    public static final Property supervisionChannel = property("supervisionChannel");
    public static final Property complaintChannel = property("complaintChannel");

    public static final Property acceptingOrgan = property("acceptingOrgan");
    public static final Property approvingOrgan = property("approvingOrgan");
    public static final Property conditions = property("conditions");
    public static final Property material = property("material");
    public static final Property timeLimit = property("timeLimit");
    public static final Property fees = property("fees");
    public static final Property placeAndHours = property("placeAndHours");
    public static final Property progressEnquiry = property("progressEnquiry");
    public static final Property consultation = property("consultation");
    public static final Property complaints = property("complaints");

    public static final Property withdrawnKind = property("withdrawnKind");
    public static final Property withdrawalReason = property("withdrawalReason");
    public static final Property basisDocument = property("basisDocument");

    /** The publication log sequence a read model or snapshot reflects. */
    public static final Property appliedSequence = property("appliedSequence");
    /** The fingerprint of the log event at that sequence (see the portal's LogPosition). */
    public static final Property logFingerprint = property("logFingerprint");

    private ZFGS() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    private static java.util.Map<String, String> prefixes() {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("zfgs", NS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("dct", "http://purl.org/dc/terms/");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("schema", "https://schema.org/");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("prov", PROV.NS);
        p.put("eli", ELI.NS);
        p.put("dcat", "http://www.w3.org/ns/dcat#");
        p.put("foaf", "http://xmlns.com/foaf/0.1/");
        p.put("csvw", CSVW.NS);
        p.put("spdx", SPDX.NS);
        return java.util.Collections.unmodifiableMap(p);
    }
}
