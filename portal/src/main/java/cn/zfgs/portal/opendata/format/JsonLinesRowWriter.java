package cn.zfgs.portal.opendata.format;

import cn.zfgs.portal.opendata.DatasetRow;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;

/** JSON Lines: one JSON object per row, each on its own line, UTF-8. */
final class JsonLinesRowWriter implements RowWriter {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;

    JsonLinesRowWriter(OutputStream out) throws IOException {
        this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    }

    @Override
    public void write(DatasetRow row) throws IOException {
        RowJson.write(json, row);
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.flush();
    }
}
