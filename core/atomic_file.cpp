#include "core/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace parallax::core {

namespace {

std::string failure(const std::filesystem::path& path, const std::string& what)
{
    return path.string() + ": " + what + ": " + std::strerror(errno);
}

} // namespace

std::optional<std::string> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view contents)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::random_device random;
    const std::filesystem::path temp =
        dir / ("." + path.filename().string() + ".tmp-" + std::to_string(random()));
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        return failure(path, "cannot create a temporary file");
    }
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const std::string message = failure(path, "cannot write");
            ::close(fd);
            ::unlink(temp.c_str());
            return message;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string message = failure(path, "cannot write");
        ::unlink(temp.c_str());
        return message;
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string message = failure(path, "cannot replace");
        ::unlink(temp.c_str());
        return message;
    }
    return std::nullopt;
}

} // namespace parallax::core
