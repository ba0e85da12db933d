import { nameSimilarity } from "@/lib/organisations/similar-organisations";

test("names that share their distinctive words are similar, whatever the legal form and spelling", () => {
  expect(nameSimilarity("Caritasverband Gütersloh e. V.", "Caritasverband Guetersloh")).toBe(1);
  expect(nameSimilarity("Integrationsrat Verl", "Integrationsrat der Stadt Verl")).toBe(1);
  expect(nameSimilarity("Diakonie Gütersloh", "Caritas Gütersloh")).toBe(0.5);
  expect(nameSimilarity("Sprachcafé Harsewinkel", "Jugendtreff Rietberg")).toBe(0);
});
