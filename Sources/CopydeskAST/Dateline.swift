/// Where a story was filed from, in structure and as displayed text.
public struct Dateline: Codable, Sendable, Hashable {
  /// The city, as written (wire style is capitals: `QAMISHLI`).
  public var city: String
  /// A state, province or region.
  public var region: String?
  /// The country.
  public var country: String?
  /// The agency that filed the story, such as `North Press`.
  public var agency: String?
  /// The place as it is displayed, without the agency: `QAMISHLI, Syria`.
  public var text: String

  /// Creates a dateline; the display text defaults to city, region and country joined by commas.
  public init(
    city: String, region: String? = nil, country: String? = nil, agency: String? = nil,
    text: String? = nil
  ) {
    self.city = city
    self.region = region
    self.country = country
    self.agency = agency
    self.text = text ?? [city, region, country].compactMap { $0 }.joined(separator: ", ")
  }

  /// The display text followed by the agency in parentheses: `QAMISHLI, Syria (North Press)`.
  public var textWithAgency: String {
    agency.map { "\(text) (\($0))" } ?? text
  }
}
