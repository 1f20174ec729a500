package cn.zfgs.portal.opendata.dataset;

import cn.zfgs.content.law.LawCatalogue;
import cn.zfgs.portal.linkeddata.EntityUris;
import cn.zfgs.portal.linkeddata.LegalBasisLinks;
import cn.zfgs.portal.linkeddata.LinkedKind;
import cn.zfgs.portal.opendata.EntityDataset;
import cn.zfgs.portal.opendata.OpenDataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** 数据集目录 — the open datasets, in the order the catalogue lists them. */
@ApplicationScoped
public class Datasets {

    private final List<OpenDataset> all;
    private final List<EntityDataset> entities;
    private final LegalBasisLinks legalBases;

    @Inject
    public Datasets(EntityUris uris) {
        this.legalBases = new LegalBasisLinks(LawCatalogue.shipped());
        this.entities = List.of(new DecisionsDataset(uris, legalBases), new OfficersDataset(uris),
                new ItemsDataset(uris, legalBases), new AgenciesDataset(uris), new GuidesDataset(uris));
        this.all = List.of(entities.get(0), entities.get(1), entities.get(2), entities.get(3), entities.get(4),
                new CorrectionsDataset(uris), new WithdrawalsDataset(uris));
    }

    public List<OpenDataset> all() {
        return all;
    }

    public Optional<OpenDataset> byName(String name) {
        return all.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The dataset of one kind of entity. */
    public EntityDataset of(LinkedKind kind) {
        return entities.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    public List<EntityDataset> entities() {
        return entities;
    }

    public LegalBasisLinks legalBases() {
        return legalBases;
    }
}
