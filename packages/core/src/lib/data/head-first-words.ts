/**
 * The head words of foreign bodies' names that come first ("Museo Civico di Brenta", "Cooperativa Lechera
 * Loma Quieta", "Cámara de Comercio de Tunja"), and the particles inside such names.
 *
 * Source: the words French, Italian, Spanish, Portuguese, German, Czech and Dutch use for museums,
 * schools, foundations, banks, breweries, clubs, cooperatives, chambers and public bodies, as they name
 * themselves in English-language news. Only generic words are listed, never a particular body.
 */

/**
 * The head words of foreign bodies' names that come first (`head-first-bodies.ts`): "Brauerei Kessling",
 * "Academia de Remo Vila Nova", "Esporte Clube Rio Claro"; not those English shares ("Museum").
 */
// biome-ignore format: packed data
export const headFirstWords: ReadonlySet<string> = new Set([
  'Musée', 'Museo', 'Museu', 'Théâtre', 'Teatro', 'Bibliothèque', 'Biblioteca', 'Université', 'Università',
  'Universidad', 'Universidade', 'Universität', 'Universiteit', 'Hochschule', 'École', 'Lycée', 'Escola',
  'Escuela', 'Colégio', 'Colegio', 'Faculdade', 'Facultad', 'Conservatoire', 'Conservatorio', 'Académie',
  'Accademia', 'Academia', 'Institut', 'Istituto', 'Instituto', 'Fondation', 'Fondazione', 'Fundación',
  'Fundação', 'Stiftung', 'Sociedad', 'Sociedade', 'Società', 'Société', 'Associação', 'Asociación',
  'Associazione', 'Federación', 'Federação', 'Companhia', 'Compañía', 'Compagnie', 'Galleria', 'Galerie',
  'Stade', 'Stadio', 'Estadio', 'Estádio', 'Klinikum', 'Hôpital', 'Ospedale', 'Politecnico', 'Banque',
  'Banca', 'Banco', 'Brauerei', 'Bierbrauerei', 'Pivovar', 'Cervejaria', 'Cervecería', 'Cerveceria',
  'Birrificio', 'Brouwerij', 'Brasserie', 'Bodega', 'Bodegas', 'Weingut', 'Vinícola', 'Cantina', 'Clube',
  'Esporte', 'Sporting',
  // the cooperatives, chambers, councils, ministries and agencies of Latin America and Europe ("Cooperativa
  // Ganadera Los Pinares", "Cámara de Comercio de Tunja", "Agencia Nacional de Minería")
  'Cooperativa', 'Coopérative', 'Corporación', 'Corporação', 'Cámara', 'Câmara', 'Chambre', 'Consejo',
  'Conselho', 'Consiglio', 'Conseil', 'Ministerio', 'Ministério', 'Ministero', 'Ministère', 'Secretaría',
  'Agencia', 'Agência', 'Agenzia', 'Agence', 'Comisión', 'Comissão', 'Commissione', 'Confederación',
  'Confederação', 'Empresa', 'Grupo', 'Autoridad', 'Autoridade', 'Servicio', 'Serviço', 'Superintendencia',
  'Sindicato', 'Junta',
])

/**
 * Head-first words that are English words too ("the China Sporting Goods Fair", "a Bodega Bar", "Academia
 * and industry"): they start a name only before a known place ("Sporting Lisboa") or with a particle inside
 * it ("Cantina di Brenta", "Academia de Remo Vila Nova").
 */
// biome-ignore format: packed data
export const headFirstEnglish: ReadonlySet<string> = new Set([
  'Sporting', 'Bodega', 'Bodegas', 'Cantina', 'Academia', 'Junta',
])

/** Lower-case words inside a head-first name: "des Arts d'Orient", "del Prado", "für Musik", "y", "und". */
// biome-ignore format: packed data
export const headFirstParticles: ReadonlySet<string> = new Set([
  'de', 'des', 'du', 'la', 'le', 'les', 'di', 'del', 'della', 'delle', 'dei', 'degli', 'da', 'do', 'dos',
  'das', 'der', 'den', 'für', 'am', 'an', 'alla', 'al', 'y', 'e', 'et', 'und', 'i',
])
