import Foundation
import Testing
@testable import SitegenKit

/// A templates or data folder given as a symbolic link (`Templates -> ../shared/Templates`) is
/// read where it leads: FileManager does not walk into such a folder by itself, so the build
/// found no template at all, and the cache's stamp saw no template to hash.
@Suite("Folders given as symbolic links are read where they lead")
struct SymlinkedFoldersTests {
    let manager = FileManager.default

    @Test func aSymlinkedTemplatesFolderBuildsTheSameSite() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        var options = try SiteFixture.options(workspace: workspace, check: true)
        let direct = try SiteBuild.run(options)
        let link = workspace.appendingPathComponent("Templates")
        try manager.createSymbolicLink(at: link, withDestinationURL: options.templates)
        options.templates = link
        let linked = try SiteBuild.run(options)
        #expect(linked.exitCode == direct.exitCode)
        #expect(linked.files.count == direct.files.count)
        #expect(linked.files.map(\.path) == direct.files.map(\.path))
        #expect(linked.files.map(\.bytes) == direct.files.map(\.bytes))
        #expect(linked.files.contains { $0.path.hasPrefix("assets/") })
    }

    @Test func theCacheHashesWhatASymlinkedFolderHolds() throws {
        let workspace = try SiteFixture.temporaryDirectory()
        defer { try? manager.removeItem(at: workspace) }
        let templates = try SiteFixture.options(workspace: workspace).templates
        let link = workspace.appendingPathComponent("Templates")
        try manager.createSymbolicLink(at: link, withDestinationURL: templates)
        let direct = BuildCache.treeContents(templates)
        let linked = BuildCache.treeContents(link)
        #expect(!direct.isEmpty)
        #expect(linked.map(\.0) == direct.map(\.0))
        #expect(linked.map(\.1) == direct.map(\.1))
    }
}
