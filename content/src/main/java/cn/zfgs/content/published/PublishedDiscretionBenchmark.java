package cn.zfgs.content.published;

import cn.zfgs.content.model.ContentJson;
import cn.zfgs.content.model.DiscretionBenchmarkContent;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.util.List;

/** 已公开的裁量基准 — a discretion benchmark as published. */
@Entity
@Table(name = "pub_discretion_benchmark")
@IdClass(PublishedKey.class)
public class PublishedDiscretionBenchmark extends PublishedVersion {

    @Column(name = "agency_name")
    private String agencyName;
    private String title;
    private String violation;
    @Column(name = "legal_bases")
    private String legalBases;
    private String levels;

    protected PublishedDiscretionBenchmark() {
    }

    public PublishedDiscretionBenchmark(PublicationStamp stamp, DiscretionBenchmarkContent content) {
        super(stamp);
        this.agencyName = stamp.agencyName();
        this.title = content.title();
        this.violation = content.violation();
        this.legalBases = ContentJson.write(content.legalBases());
        this.levels = ContentJson.write(content.levels());
    }

    public String agencyName() {
        return agencyName;
    }

    public String title() {
        return title;
    }

    public String violation() {
        return violation;
    }

    public List<String> legalBases() {
        return ContentJson.read(legalBases, new TypeReference<List<String>>() { });
    }

    public List<DiscretionBenchmarkContent.Level> levels() {
        return ContentJson.read(levels, new TypeReference<List<DiscretionBenchmarkContent.Level>>() { });
    }
}
