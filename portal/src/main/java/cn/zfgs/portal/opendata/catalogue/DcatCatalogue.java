package cn.zfgs.portal.opendata.catalogue;

import cn.zfgs.portal.config.PortalConfig;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.RdfOut;
import cn.zfgs.portal.linkeddata.vocab.CSVW;
import cn.zfgs.portal.linkeddata.vocab.SPDX;
import cn.zfgs.portal.opendata.Column;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.OpenDataConfig;
import cn.zfgs.portal.opendata.OpenDataset;
import cn.zfgs.portal.opendata.dataset.Datasets;
import cn.zfgs.portal.opendata.format.DistributionFormat;
import cn.zfgs.portal.opendata.snapshot.Manifest;
import cn.zfgs.portal.opendata.snapshot.SnapshotService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DCAT 目录 — the DCAT-AP description of the catalogue: every dataset with its publisher, licence, update
 * frequency, temporal coverage and data dictionary (a CSVW table schema, every column's name, type and meaning in
 * Chinese), every distribution (live downloads, and the latest snapshot's files with byte size and SHA-256), and
 * the SPARQL endpoint and change feed as data services. No blank nodes: every part has a URI of its own.
 */
@ApplicationScoped
public class DcatCatalogue {

    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String CHINESE = "http://publications.europa.eu/resource/authority/language/ZHO";
    private static final org.apache.jena.rdf.model.Property FOAF_NAME =
            ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/name");
    private static final org.apache.jena.rdf.model.Resource FOAF_ORGANIZATION =
            ResourceFactory.createResource("http://xmlns.com/foaf/0.1/Organization");

    @Inject
    Datasets datasets;
    @Inject
    DatasetFacts facts;
    @Inject
    SnapshotService snapshots;
    @Inject
    EntityUris uris;
    @Inject
    OpenDataConfig config;
    @Inject
    PortalConfig portal;

    /** Whether a dataset of this name exists. */
    public boolean hasDataset(String name) {
        return datasets.byName(name).isPresent();
    }

    /** The catalogue as a linked-data description, in whatever format it is asked for. */
    public cn.zfgs.portal.linkeddata.Description description() {
        return cn.zfgs.portal.linkeddata.Description.of(uris.catalog(), "/data", describe(), null);
    }

    public List<Triple> describe() {
        List<Triple> triples = new ArrayList<>();
        RdfOut out = new RdfOut(triples::add);
        Node catalog = RdfOut.uri(uris.catalog());
        String publisher = uris.catalog() + "#publisher";
        Optional<Manifest> snapshot = snapshots.latest().filter(snapshots::servable);

        out.type(catalog, DCAT.Catalog);
        out.text(catalog, DCTerms.title, portal.name() + "开放数据");
        out.text(catalog, DCTerms.description, "执法主体、执法事项（含随机抽查事项清单）、执法人员、服务指南、执法决定及其更正和撤回的完整数据集，"
                + "提供 CSV、JSON Lines、JSON-LD、Turtle、N-Triples 格式的实时下载和每日快照，以及 SPARQL 查询和变更订阅。");
        out.link(catalog, DCTerms.publisher, publisher);
        out.link(catalog, DCTerms.license, config.licence());
        out.link(catalog, DCTerms.language, CHINESE);
        out.link(catalog, ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/homepage"), uris.absolute("/data"));
        snapshot.ifPresent(m -> out.add(catalog, DCTerms.modified,
                NodeFactory.createLiteralDT(m.createdAt(), XSDDatatype.XSDdateTime)));

        Node agent = RdfOut.uri(publisher);
        out.type(agent, FOAF_ORGANIZATION);
        out.text(agent, FOAF_NAME, portal.operator());

        for (OpenDataset dataset : datasets.all()) {
            out.link(catalog, DCAT.dataset, uris.dataset(dataset.name()));
            describeDataset(dataset, snapshot, publisher, out);
        }
        describeServices(catalog, out);
        return triples;
    }

    private void describeDataset(OpenDataset dataset, Optional<Manifest> snapshot, String publisher, RdfOut out) {
        String uri = uris.dataset(dataset.name());
        Node d = RdfOut.uri(uri);
        out.type(d, DCAT.Dataset);
        out.code(d, DCTerms.identifier, dataset.name());
        out.text(d, DCTerms.title, dataset.title());
        out.text(d, DCTerms.description, dataset.description());
        out.link(d, DCTerms.publisher, publisher);
        out.link(d, DCTerms.license, config.licence());
        out.link(d, DCTerms.language, CHINESE);
        out.link(d, DCTerms.accrualPeriodicity, FREQUENCY + "DAILY");
        out.link(d, DCAT.landingPage, uris.absolute("/data#" + dataset.name()));
        out.text(d, DCAT.keyword, "行政执法公示");
        out.text(d, DCAT.keyword, dataset.title());
        DatasetFacts.Coverage coverage = facts.coverage(dataset);
        if (coverage.start() != null) {
            Node period = RdfOut.uri(uri + "#temporal");
            out.link(d, DCTerms.temporal, period.getURI());
            out.type(period, DCTerms.PeriodOfTime);
            out.date(period, DCAT.startDate, coverage.start());
            out.date(period, DCAT.endDate, coverage.end());
        }
        Node schema = RdfOut.uri(uri + "#schema");
        out.add(d, CSVW.tableSchema, schema);
        out.type(schema, CSVW.Schema);
        for (Column column : dataset.columns()) {
            Node c = RdfOut.uri(uri + "#column-" + column.name());
            out.add(schema, CSVW.column, c);
            out.type(c, CSVW.Column);
            out.code(c, CSVW.name, column.name());
            out.code(c, CSVW.titles, column.name());
            out.link(c, CSVW.datatype, column.type().xsd());
            out.text(c, DCTerms.description, column.meaning());
            out.text(c, RDFS.comment, "类型：" + column.type().label());
        }
        for (DistributionFormat format : DistributionFormat.values()) {
            String download = uris.absolute("/data/" + dataset.name() + "." + format.extension());
            Node live = RdfOut.uri(download);
            out.link(d, DCAT.distribution, download);
            out.type(live, DCAT.Distribution);
            out.text(live, DCTerms.title, dataset.title() + "（" + format.label() + "，实时）");
            out.link(live, DCAT.accessURL, download);
            out.link(live, DCAT.downloadURL, download);
            out.link(live, DCAT.mediaType, IANA + format.mediaType());
            out.link(live, DCTerms.format, format.fileTypeUri());
            out.link(live, DCTerms.license, config.licence());
        }
        snapshot.flatMap(m -> m.datasets().stream().filter(e -> e.name().equals(dataset.name())).findFirst())
                .ifPresent(entry -> entry.files().forEach(file -> {
                    String download = uris.absolute("/data/snapshots/" + file.file());
                    Node dist = RdfOut.uri(download);
                    DistributionFormat format = DistributionFormat.byExtension(file.format()).orElseThrow();
                    out.link(d, DCAT.distribution, download);
                    out.type(dist, DCAT.Distribution);
                    out.text(dist, DCTerms.title, dataset.title() + "（" + format.label() + "，每日快照，gzip 压缩，"
                            + entry.records() + " 条）");
                    out.link(dist, DCAT.accessURL, download);
                    out.link(dist, DCAT.downloadURL, download);
                    out.link(dist, DCAT.mediaType, IANA + format.mediaType());
                    out.link(dist, DCAT.compressFormat, IANA + "application/gzip");
                    out.link(dist, DCTerms.format, format.fileTypeUri());
                    out.link(dist, DCTerms.license, config.licence());
                    out.add(dist, DCAT.byteSize, NodeFactory.createLiteralDT(String.valueOf(file.bytes()),
                            XSDDatatype.XSDnonNegativeInteger));
                    snapshots.latest().ifPresent(m -> out.add(dist, DCTerms.issued,
                            NodeFactory.createLiteralDT(m.createdAt(), XSDDatatype.XSDdateTime)));
                    Node checksum = RdfOut.uri(download + "#sha256");
                    out.add(dist, SPDX.checksum, checksum);
                    out.type(checksum, SPDX.Checksum);
                    out.add(checksum, SPDX.algorithm, SPDX.checksumAlgorithmSha256.asNode());
                    out.add(checksum, SPDX.checksumValue,
                            NodeFactory.createLiteralDT(file.sha256(), XSDDatatype.XSDhexBinary));
                }));
    }

    private void describeServices(Node catalog, RdfOut out) {
        Node sparql = RdfOut.uri(uris.absolute("/sparql"));
        out.link(catalog, DCAT.service, sparql.getURI());
        out.type(sparql, DCAT.DataService);
        out.text(sparql, DCTerms.title, "SPARQL 查询服务");
        out.link(sparql, DCAT.endpointURL, sparql.getURI());
        out.link(sparql, DCTerms.conformsTo, "https://www.w3.org/TR/sparql11-protocol/");
        out.link(sparql, DCTerms.license, config.licence());
        Node changes = RdfOut.uri(uris.absolute("/data/changes"));
        out.link(catalog, DCAT.service, changes.getURI());
        out.type(changes, DCAT.DataService);
        out.text(changes, DCTerms.title, "发布日志变更订阅");
        out.link(changes, DCAT.endpointURL, changes.getURI());
        out.link(changes, DCAT.endpointDescription, uris.absolute("/q/openapi"));
        for (EntityDataset dataset : datasets.entities()) {
            out.link(sparql, DCAT.servesDataset, uris.dataset(dataset.name()));
            out.link(changes, DCAT.servesDataset, uris.dataset(dataset.name()));
        }
    }
}
