/// IPTC Media Topics: English names and the Subject Codes IPTC maps them to, so that items
/// name their subjects and carry the legacy `subj:` code receivers such as Superdesk read.
enum MediaTopics {
  /// What copydesk knows of one Media Topic.
  struct Topic {
    /// The English (en-GB) name.
    let name: String
    /// The Subject Codes IPTC marks as exact matches.
    let subjectCodes: [String]
  }

  /// Every current topic by code (`20000350`), read once from the generated table.
  static let byCode: [Substring: Topic] = {
    var topics: [Substring: Topic] = [:]
    for line in table.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      topics[fields[0]] = Topic(
        name: String(fields[1]),
        subjectCodes: fields[2].split(separator: ",").map(String.init))
    }
    return topics
  }()

  /// The topic of a `medtop` code, nil when it is unknown or retired.
  static func topic(_ code: String) -> Topic? {
    byCode[code[...]]
  }
}
