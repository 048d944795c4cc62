package local.palmyra.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser (the model `depparse` loads) giving the basic dependencies alone.
 * The stock `depparse` annotator also builds four more graphs from every parse (collapsed, CC-processed,
 * enhanced, enhanced++) and the JSON answer carries two of them; the backbone reads only the basic tree,
 * so this annotator skips that work. Registered as a custom annotator
 * (`customAnnotatorClass.basicdepparse`) on a server started by src/nlp/start-corenlp.ts.
 *
 * Compiled at provision time by src/nlp/provision-corenlp.ts into .corenlp/classes.
 */
public final class BasicDependencyParseAnnotator extends SentenceAnnotator {
  private final DependencyParser parser;
  private final int nThreads;

  public BasicDependencyParseAnnotator(String name, Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, name + ".");
    String model = own.getProperty("model", DependencyParser.DEFAULT_MODEL);
    this.parser = DependencyParser.loadFromModelFile(model, own);
    this.nThreads = PropertiesUtils.getInt(own, "nthreads", 1);
  }

  @Override
  protected int nThreads() {
    return nThreads;
  }

  @Override
  protected long maxTime() {
    return -1;
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    GrammaticalStructure parse = parser.predict(sentence);
    SemanticGraph basic =
        SemanticGraphFactory.makeFromTree(
            parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
  }

  @Override
  protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
    // No parse: the sentence carries no dependencies, and the client keeps the rules' reading.
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Collections.unmodifiableSet(
        new HashSet<>(
            Arrays.asList(
                CoreAnnotations.TextAnnotation.class,
                CoreAnnotations.IndexAnnotation.class,
                CoreAnnotations.ValueAnnotation.class,
                CoreAnnotations.TokensAnnotation.class,
                CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.SentenceIndexAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class)));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
